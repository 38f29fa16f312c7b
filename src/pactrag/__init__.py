"""pactrag: grounded Dutch answers over the Plattelandspact workshop reports.

Importing the package sets the offline defaults below *before* chromadb, gradio or
huggingface code can read them: nothing here may phone home or download a model.
"""

import os as _os

for _key, _value in {
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    _os.environ.setdefault(_key, _value)

__version__ = "0.1.0"
