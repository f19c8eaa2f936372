"""desktop.sync"""
