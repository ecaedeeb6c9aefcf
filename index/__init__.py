"""Stage 2: segmentation, lexical + dense indexes on disk, hybrid retrieval."""
