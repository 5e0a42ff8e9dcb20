"""The product's verbs, Qt-free: what the command line and the window both call."""
