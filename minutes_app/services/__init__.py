"""The product's verbs, free of Qt: the command line and the window both call them."""
