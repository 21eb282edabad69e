"""The regen pipeline: fetch → validate → patch → generate → post-steps → format → lock → report.

Each step is a small function in its own module so it can be run and tested alone;
`python -m scripts.regen` (what `make regen` runs) chains them.
"""
