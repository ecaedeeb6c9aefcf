"""Stage 3: answers with citations (extractive or LLM), the HTTP service and the UIs."""
