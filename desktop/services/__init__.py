"""desktop.services"""
