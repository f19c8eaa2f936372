"""desktop.ui"""
