"""Print the annotated data's counts and agreement as one JSON line.

python scripts/corpus_stats.py [hydra overrides...]
"""

import json
import sys

from hydra import compose, initialize_config_dir

from stance.config import CONFIG_DIR
from stance.corpus_stats import corpus_stats

if __name__ == "__main__":
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=sys.argv[1:])
    print(json.dumps(corpus_stats(cfg)))
