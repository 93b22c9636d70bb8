"""stance: who holds which view on peace talks and military aid in news articles.

Data flows one way through one module per stage:
text -> sentences (segmentation) -> attributions (attribution) -> stance (stance_model)
-> aggregates (aggregation) -> reports (report, metrics).
"""

__version__ = "0.1.0"
