"""HTTP and UI surfaces over the answering stage: the FastAPI service, the Gradio chat, the widget, jobs, feedback."""
