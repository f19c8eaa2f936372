"""desktop.pdf"""
