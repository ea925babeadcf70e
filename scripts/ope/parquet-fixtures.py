"""Writes tests/ope/fixtures/codec-*.parquet (one per Parquet codec) plus the same rows as CSV
and JSONL, so tests/ope/readers.test.ts checks that every format and codec reads the same.

Run with any Python that has pyarrow (e.g. the obp venv of scripts/ope/obp-fixtures.py):
    /tmp/obp-venv/bin/python scripts/ope/parquet-fixtures.py
"""

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

OUT = Path(__file__).resolve().parents[2] / "tests" / "ope" / "fixtures"
ARMS = ["small", "large"]


def rows():
    out = []
    for i in range(60):
        seg = ["chat", "code", "summarise"][i % 3]
        arm = ARMS[(i * 7) % 2]
        p = 0.5 if seg == "chat" else (0.7 if arm == "small" else 0.3)
        out.append(
            {
                "segment": seg,
                "tier": i % 2,
                "arm": arm,
                "pscore": p,
                "reward": round(((i * 37) % 11) / 10, 1),
                "cost": 0.002 if arm == "small" else 0.03,
                "q_hat_small": 0.5,
                "q_hat_large": 0.6 if seg == "code" else 0.4,
            }
        )
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    data = rows()
    table = pa.Table.from_pylist(data)
    for codec in ["snappy", "gzip", "brotli", "zstd", "lz4", "none"]:
        path = OUT / f"codec-{codec}.parquet"
        pq.write_table(table, path, compression=codec, row_group_size=25)
        print(f"wrote {path}")
    cols = list(data[0].keys())
    (OUT / "codec-rows.csv").write_text(
        ",".join(cols) + "\n" + "".join(",".join(str(r[c]) for c in cols) + "\n" for r in data)
    )
    with (OUT / "codec-rows.jsonl").open("w") as f:
        for r in data:
            j = {k: v for k, v in r.items() if not k.startswith("q_hat_")}
            j["q_hat"] = {a: r[f"q_hat_{a}"] for a in ARMS}
            f.write(json.dumps(j) + "\n")


if __name__ == "__main__":
    main()
