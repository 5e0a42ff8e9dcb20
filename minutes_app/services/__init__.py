"""The product's verbs, free of Qt: what the window and the command line both ask for."""
