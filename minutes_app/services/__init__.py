"""The product's verbs, Qt-free: the window and the command line both call them (issue 11)."""
