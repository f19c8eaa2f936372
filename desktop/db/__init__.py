"""desktop.db"""
