"""Signed documents: the provider's key (``keys``: configured by path, or a demo pair made
once), PAdES signatures with pyHanko (``pdf.sign_pdf``), QR codes for the documents'
verification links (``qr.qr_svg``).

A Django app for its system check only: no models, and nothing of the domain apps (the
documents it signs come from the apps above it). Nothing is imported here: pyHanko takes more
than half a second to import, which every process would pay at start.
"""
