"""Camera-based heart rate (rPPG) with PhysNet: a reproducible, notebook-first companion to 'Deep Learning-based Real-time Heart Rate Measurement System Using Mobile Facial Videos'"""

__version__ = "0.1.0"
