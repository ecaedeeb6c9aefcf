"""planqa: cited answers over Vietnamese lifelong-learning plans.

This package holds only what spans the stages: the settings and the command line.
The stages themselves live in the top-level packages ``ingest`` → ``index`` → ``chat``;
``eval`` consumes their public API.
"""

__version__ = "0.1.0"
