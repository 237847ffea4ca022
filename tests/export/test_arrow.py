"""Typed Parquet: dates as dates, targets/sources/disputes/evidence as lists of structs, read by
DuckDB, Polars and pandas with no JSON parsing."""
import datetime as dt

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from strikewatch.export import events_table, export_events


@pytest.fixture
def parquet(events, tmp_path):
    return export_events(events, tmp_path / "e.parquet", "parquet")


@pytest.mark.issue(21)
def test_schema_is_typed(parquet):
    schema = pq.read_schema(parquet)
    assert schema.field("date").type == pa.date32() and schema.field("date_first").type == pa.date32()
    assert schema.field("targets").type == pa.list_(pa.struct([("type", pa.string()), ("count", pa.int32())]))
    source = schema.field("sources").type.value_type
    assert source.field("published").type == pa.date32()
    assert source.field("evidence").type.value_type.field("start").type == pa.int32()
    assert schema.field("disputed").type.value_type.field("reports").type == pa.list_(pa.string())


@pytest.mark.issue(21)
def test_duckdb_filters_on_date_and_target_type(parquet):
    rows = duckdb.sql(
        f"SELECT id, t.unnest.count FROM '{parquet}', unnest(targets) AS t "
        "WHERE date BETWEEN DATE '2024-03-01' AND DATE '2024-03-31' AND t.unnest.type = 'weapons cache'").fetchall()
    assert rows == [("ev-a1b2c3d4e5f6", 2)]
    spans = duckdb.sql(f"SELECT e.unnest.text FROM (SELECT unnest(sources) AS s FROM '{parquet}'), "
                       "unnest(s.evidence) AS e WHERE e.unnest.field = 'strikes'").fetchall()
    assert spans == [("five",)]
    month = duckdb.sql(f"SELECT id FROM '{parquet}' WHERE date IS NULL AND date_first <= DATE '2024-01-15' "
                       "AND date_last >= DATE '2024-01-15'").fetchall()
    assert month == [("ev-0000000000aa",)]


@pytest.mark.issue(21)
def test_polars_filters_on_date_and_target_type(parquet):
    df = pl.read_parquet(parquet)
    assert df.schema["date"] == pl.Date
    hits = (df.filter(pl.col("date") >= dt.date(2024, 3, 1))
              .explode("targets").filter(pl.col("targets").struct.field("type") == "weapons cache"))
    assert hits["id"].to_list() == ["ev-a1b2c3d4e5f6"]
    disputes = df.explode("disputed").filter(pl.col("disputed").struct.field("field") == "fatalities")
    assert disputes["disputed"].struct.field("value").to_list() == ["3-5", "7"]


@pytest.mark.issue(21)
def test_pandas_reads_structs_as_python_values(events):
    frame = events_table(events).to_pandas()
    assert frame.loc[0, "date"] == dt.date(2024, 3, 12)
    assert [t["type"] for t in frame.loc[0, "targets"]] == ["weapons cache", "headquarters"]
    assert frame.loc[0, "sources"][0]["published"] == dt.date(2024, 3, 14)
    assert frame.loc[1, "targets"].tolist() == []
