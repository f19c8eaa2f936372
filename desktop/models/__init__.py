"""desktop.models"""
