"""Benchmark loaders: invented rows in each dataset's on-disk format -> the one schema."""

import logging
import os
import re
from pathlib import Path

import pytest
from hydra.utils import instantiate
from omegaconf import OmegaConf

from stance import benchmarks
from stance.config import CONFIG_DIR, PROJECT_ROOT
from stance.data import SCHEMA_COLUMNS
from stance.labels import LABEL2ID
from stance.metrics import sentence_metrics
from stance.tweets import AUTHOR, MissingDataError

SEMEVAL_HEADER = "ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment"
TASK_A = sorted(benchmarks.SEMEVAL_TASK_A)
STANCES = ("FAVOR", "AGAINST", "NONE")


def _csv_field(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_semeval(folder: Path) -> Path:
    """Tab-separated, CRLF; training file in Windows-1252; a tweet opens with a stray quote."""
    (folder / "data").mkdir(parents=True)
    train = [
        f"{100 + i}\t{TASK_A[i % 5]}\tInvented tweet {i} #SemST\t{STANCES[i % 3]}\tX\tY"
        for i in range(1, 21)
    ]
    train.append('121\tAtheism\t"It\u2019s settled, she said #SemST\tAGAINST\tTARGET\tNEGATIVE')
    trial = [f"{i}\tHillary Clinton\tInvented trial tweet {i} #SemST\tFAVOR\tX\tY" for i in (1, 2)]
    test = [
        "10001\tFeminist Movement\tInvented test tweet one #SemST\tFAVOR\tX\tY",
        "10002\tAtheism\tInvented test tweet two #SemST\tNONE\tX\tY",
        "10003\tDonald Trump\tInvented task B tweet #SemST\tAGAINST\tX\tY",
    ]
    for name, rows, encoding in (
        ("trainingdata", train, "cp1252"),
        ("trialdata", trial, "ascii"),
        ("testdata-taskA", test, "ascii"),
    ):
        text = "\r\n".join([SEMEVAL_HEADER, *rows]) + "\r\n"
        (folder / "data" / f"{name}-all-annotations.txt").write_bytes(text.encode(encoding))
    return folder


def write_pstance(folder: Path) -> Path:
    folder.mkdir(parents=True)
    names = {"trump": "Donald Trump", "biden": "Joe Biden", "bernie": "Bernie Sanders"}
    for part in ("train", "val", "test"):
        for short, target in names.items():
            rows = [
                f"{_csv_field(f'Invented {part} tweet, on {short}')},{target},FAVOR",
                f"Another invented {part} tweet on {short},{target},AGAINST",
            ]
            text = "\n".join(["Tweet,Target,Stance", *rows]) + "\n"
            (folder / f"raw_{part}_{short}.csv").write_text(text, encoding="utf-8")
    return folder


COVID_HEADER = "Tweet,Target 1,Stance 1,Opinion Towards,Sentiment,Tweet Id"


def write_covid(folder: Path, extra_rows: tuple[str, ...] = ()) -> Path:
    """Tweets with line breaks inside quotes, Excel-mangled ids, one file per split."""
    folder.mkdir(parents=True)
    for part in ("train", "val", "test"):
        rows = [
            f'"Wear a mask.\n\nInvented {part} tweet.\n",face masks,FAVOR,"1.  yes",pos,1.28E+18',
            f"Invented {part} tweet on Fauci,fauci,NONE,3.  neither,neutral,1.29E+18",
        ]
        if part == "train":
            rows += list(extra_rows)
        text = "\n".join([COVID_HEADER, *rows]) + "\n"
        (folder / f"raw_{part}_all_onecol.csv").write_text(text, encoding="utf-8")
    return folder


def write_multitarget(folder: Path) -> Path:
    """One CSV with CR line endings; the split is a column."""
    folder.mkdir(parents=True)
    rows = [
        "Tweet,Target 1,Stance 1,Target 2,Stance 2,Test/Train/Dev",
        "Invented tweet one #Trump2016,Donald Trump,FAVOR,Hilary Clinton,AGAINST,Train",
        '"Invented, quoted tweet two",Hilary Clinton,NONE,Bernie Sanders,FAVOR,Train',
        "Invented tweet three,Donald Trump,AGAINST,Ted Cruz,NONE,Dev",
        "Invented tweet four,Donald Trump,NONE,Ted Cruz,FAVOR,Test",
    ]
    (folder / "multi_target_stance.csv").write_bytes("\r".join(rows).encode("utf-8"))
    return folder


VAST_OFFICIAL = "author,post,new_topic,label,new_id,topic_str,seen?,text"


def write_vast(folder: Path) -> Path:
    """Official column layout for train/test; ZeroStance's processed layout for dev."""
    folder.mkdir(parents=True)
    post = _csv_field('Invented comment, with "quotes" and commas.')
    train = [
        f"ann,{post},nuclear powers,0,11,nuclear power,1,invent comment quotes commas",
        f"bob,{post},city bikes,1,12,city bike,1,invent comment",
    ]
    test = [
        f"cy,{post},city bikes,2,21,city bike,1,invent comment",
        f"di,{post},tax cuts,0,22,tax cut,0,invent comment",
        f"ed,{post},wind farms,1,23,wind farm,0,invent comment",
    ]
    for name, rows in (("vast_train.csv", train), ("vast_test.csv", test)):
        (folder / name).write_text("\n".join([VAST_OFFICIAL, *rows]) + "\n", encoding="utf-8")
    dev = [
        "Tweet,Target 1,Stance 1,seen?,GT Target,new_topic,Wiki",
        "Invented dev comment.,solar panel,FAVOR,0,invalid,solar panels,invented summary",
    ]
    (folder / "vast_dev_processed.csv").write_text("\n".join(dev) + "\n", encoding="utf-8")
    return folder


# config name -> (fixture writer, loader, folder name = fetch_data.py name)
BENCHMARKS = {
    "semeval2016": (write_semeval, benchmarks.load_semeval2016, "semeval2016_task6"),
    "pstance": (write_pstance, benchmarks.load_pstance, "pstance"),
    "vast": (write_vast, benchmarks.load_vast, "vast"),
    "covid19": (write_covid, benchmarks.load_covid19, "covid19_stance"),
    "multitarget2016": (write_multitarget, benchmarks.load_multitarget2016, "multitarget_2016"),
}


def by_id(split) -> dict[str, dict]:
    return {row["id"]: row for row in split}


@pytest.mark.parametrize("name", BENCHMARKS)
def test_every_split_has_exactly_the_schema_columns(name, tmp_path):
    write, load, _ = BENCHMARKS[name]
    dataset = load(write(tmp_path / name))
    assert {"train", "validation", "test"} <= set(dataset)
    for split in dataset.values():
        assert split.column_names == list(SCHEMA_COLUMNS)
        assert set(split["source"]) <= {name} and set(split["holder"]) <= {AUTHOR}
        assert set(split["kind"]) <= {"author"} and set(split["context"]) <= {""}


@pytest.mark.parametrize("name", BENCHMARKS)
def test_missing_directory_names_the_path_and_the_fetch_command(name, tmp_path):
    _, load, folder = BENCHMARKS[name]
    missing = tmp_path / "nowhere"
    expected = f"{missing} not found: `python scripts/fetch_data.py {folder}` gets it"
    with pytest.raises(MissingDataError, match=re.escape(expected)):
        load(missing)


def test_missing_file_names_the_file(tmp_path):
    folder = write_pstance(tmp_path / "pstance")
    (folder / "raw_val_biden.csv").unlink()
    with pytest.raises(MissingDataError, match="raw_val_biden.csv not found"):
        benchmarks.load_pstance(folder)


def test_semeval_reads_cp1252_tabs_and_keeps_only_task_a(tmp_path):
    dataset = benchmarks.load_semeval2016(write_semeval(tmp_path / "s"), validation_percent=10)
    rows = by_id(dataset["train"]) | by_id(dataset["validation"])
    assert len(rows) == 23  # 21 training + 2 trial tweets
    assert rows["semeval2016:train:121"]["sentence"] == '"It\u2019s settled, she said #SemST'
    assert rows["semeval2016:trial:1"]["label"] == LABEL2ID["favor"]
    test = by_id(dataset["test"])
    assert set(test) == {"semeval2016:test:10001", "semeval2016:test:10002"}  # no Donald Trump
    assert test["semeval2016:test:10002"]["label"] == LABEL2ID["none"]


def test_semeval_validation_carve_out_is_stable_and_disjoint(tmp_path):
    folder = write_semeval(tmp_path / "s")
    first = benchmarks.load_semeval2016(folder, validation_percent=30)
    again = benchmarks.load_semeval2016(folder, validation_percent=30)
    train, validation = set(first["train"]["id"]), set(first["validation"]["id"])
    assert validation == set(again["validation"]["id"])
    assert train and validation and not train & validation
    assert len(train | validation) == 23
    without_trial = benchmarks.load_semeval2016(folder, validation_percent=30, include_trial=False)
    assert not any(":trial:" in i for s in without_trial.values() for i in s["id"])


def test_vast_uses_post_and_topic_str_and_splits_test_by_seen(tmp_path):
    dataset = benchmarks.load_vast(write_vast(tmp_path / "v"))
    train = by_id(dataset["train"])
    assert train["vast:train:11"]["sentence"] == 'Invented comment, with "quotes" and commas.'
    assert train["vast:train:11"]["target"] == "nuclear power"
    assert [train[f"vast:train:{i}"]["label"] for i in (11, 12)] == [
        LABEL2ID["against"],
        LABEL2ID["favor"],
    ]
    assert dataset["test_zero_shot"]["id"] == ["vast:test:22", "vast:test:23"]
    assert dataset["test_few_shot"]["id"] == ["vast:test:21"]
    assert dataset["test"]["label"] == [LABEL2ID["none"], LABEL2ID["against"], LABEL2ID["favor"]]
    assert dataset["validation"]["target"] == ["solar panel"]


def test_vast_prefers_the_official_dev_file(tmp_path):
    folder = write_vast(tmp_path / "v")
    official = f'{VAST_OFFICIAL}\nfay,"Invented official dev.",dogs,2,31,dog,1,invent\n'
    (folder / "vast_dev.csv").write_text(official, encoding="utf-8")
    assert benchmarks.load_vast(folder)["validation"]["id"] == ["vast:validation:31"]


def test_pstance_pools_three_targets_in_its_own_splits(tmp_path):
    dataset = benchmarks.load_pstance(write_pstance(tmp_path / "p"))
    assert {name: len(split) for name, split in dataset.items()} == {
        "train": 6,
        "validation": 6,
        "test": 6,
    }
    assert set(dataset["test"]["target"]) == {"Donald Trump", "Joe Biden", "Bernie Sanders"}
    row = by_id(dataset["train"])["pstance:train:biden:0"]
    assert (row["sentence"], row["label"]) == ("Invented train tweet, on biden", LABEL2ID["favor"])


def test_covid_keeps_tweet_text_whole(tmp_path):
    dataset = benchmarks.load_covid19(write_covid(tmp_path / "c"))
    row = by_id(dataset["validation"])["covid19:val:0"]
    assert row["sentence"] == "Wear a mask.\n\nInvented val tweet.\n"
    assert (row["target"], row["label"]) == ("face masks", LABEL2ID["favor"])


def test_bad_rows_are_skipped_counted_and_logged(tmp_path, caplog):
    bad = (",fauci,AGAINST,x,neg,1.2E+18", "Invented tweet,fauci,NEUTRAL,x,neg,1.2E+18")
    with caplog.at_level(logging.WARNING, logger="stance.benchmarks"):
        dataset = benchmarks.load_covid19(write_covid(tmp_path / "c", extra_rows=bad))
    assert len(dataset["train"]) == 2
    assert "covid19: skipped 2 rows (1 empty text, 1 label 'NEUTRAL')" in caplog.text


def test_multitarget_gives_one_row_per_tweet_and_target(tmp_path):
    dataset = benchmarks.load_multitarget2016(write_multitarget(tmp_path / "m"))
    assert {name: len(split) for name, split in dataset.items()} == {
        "train": 4,
        "validation": 2,
        "test": 2,
    }
    train = by_id(dataset["train"])
    assert train["multitarget2016:train:1:1"]["sentence"] == "Invented, quoted tweet two"
    assert train["multitarget2016:train:1:1"]["target"] == "Hilary Clinton"
    assert train["multitarget2016:train:1:2"]["label"] == LABEL2ID["favor"]


def test_a_wrong_header_is_one_clear_error(tmp_path):
    folder = write_pstance(tmp_path / "p")
    (folder / "raw_test_trump.csv").write_text("text,label\nx,FAVOR\n", encoding="utf-8")
    with pytest.raises(benchmarks.BenchmarkFormatError, match="raw_test_trump.csv: header lacks"):
        benchmarks.load_pstance(folder)


@pytest.mark.parametrize("name", BENCHMARKS)
def test_data_config_loads_and_names_its_protocol(name, tmp_path):
    write, _, folder = BENCHMARKS[name]
    cfg = OmegaConf.load(CONFIG_DIR / "data" / f"{name}.yaml")
    assert cfg.name == name
    assert OmegaConf.to_container(cfg.loader)["data_dir"].endswith(f"/{folder}")
    dataset = instantiate(cfg.loader, data_dir=str(write(tmp_path / folder)))
    assert cfg.protocol.split in dataset
    assert cfg.protocol.metric in sentence_metrics(["favor"], ["favor"])


# The shared copies, checked against /work/shared/data/README.md (no row of them is skipped).
SHARED = Path(os.environ.get("STANCE_DATA_DIR", PROJECT_ROOT.parent / "shared" / "data"))
README_SIZES = {
    "semeval2016": {"train+validation": 2814 + 100, "test": 1249},
    "pstance": {"train": 17224, "validation": 2193, "test": 2157},
    "vast": {"train": 13477, "validation": 2062, "test": 3006, "test_zero_shot": 1460},
    "covid19": {"train": 4533, "validation": 800, "test": 800},
    "multitarget2016": {"train": 2 * 3119, "validation": 2 * 446, "test": 2 * 890},
}


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"no shared data at {SHARED}")
def test_shared_copies_have_the_published_split_sizes(caplog):
    for name, expected in README_SIZES.items():
        _, load, folder = BENCHMARKS[name]
        with caplog.at_level(logging.WARNING, logger="stance.benchmarks"):
            dataset = load(SHARED / folder)
        sizes = {split: len(rows) for split, rows in dataset.items()}
        sizes["train+validation"] = sizes["train"] + sizes["validation"]
        print(name, sizes)
        assert {key: sizes[key] for key in expected} == expected, name
    assert "skipped" not in caplog.text
