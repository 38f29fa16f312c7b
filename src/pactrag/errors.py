"""Exceptions of pactrag. Each message says, in Dutch, what the user can do about it."""


class PactragError(Exception):
    """Base class: the message is meant for the user as it is."""


class ConfigError(PactragError):
    pass


class IndexMissingError(PactragError):
    pass


class IndexMismatchError(PactragError):
    pass


class CorpusError(PactragError):
    pass


class QuestionError(PactragError):
    pass


class StoreUnavailableError(PactragError):
    pass


class StoreUnreachableError(StoreUnavailableError):
    """The Chroma server does not answer (down, or stalled past the client timeout): retrieval
    carries on with BM25 alone."""


class LLMError(PactragError):
    """The LLM endpoint failed; callers fall back to the extractive answer."""
