"""Download the public datasets the project can use, from their original public places.

    python scripts/fetch_data.py ruw polnear --dest ../shared/data
    python scripts/fetch_data.py --list

Needs an internet connection; checks each file's SHA-256. Point the configs at --dest
(paths.shared_data_dir, or STANCE_DATA_DIR).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from stance.config import CONFIG_DIR
from stance.fetch import FetchError, fetch_archive, fetch_files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="datasets to fetch (default: all)")
    parser.add_argument("--dest", default="data/public", help="folder to write into")
    parser.add_argument("--sources", default=str(CONFIG_DIR / "data_sources.yaml"))
    parser.add_argument("--list", action="store_true", help="list the datasets and exit")
    args = parser.parse_args(argv)
    sources = yaml.safe_load(Path(args.sources).read_text())
    if args.list:
        print("\n".join(sources))
        return 0
    failed = 0
    for name in args.names or list(sources):
        if name not in sources:
            print(f"{name}: unknown dataset (see --list)", file=sys.stderr)
            failed += 1
            continue
        dest = Path(args.dest) / name
        try:
            if "files" in sources[name]:
                count = len(fetch_files(sources[name]["files"], dest))
            else:
                count = fetch_archive(sources[name]["archive"], dest)
            print(f"{name}: {count} files in {dest}")
        except FetchError as error:
            print(f"{name}: {error}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
