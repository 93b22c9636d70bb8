"""The label set shared by data, model and metrics."""

LABELS: tuple[str, ...] = ("favor", "against", "none")
LABEL2ID: dict[str, int] = {label: i for i, label in enumerate(LABELS)}
ID2LABEL: dict[int, str] = dict(enumerate(LABELS))
