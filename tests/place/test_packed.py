import numpy as np

from strikewatch.place.packed import NameIndex, StringTable, key_hash, load_array, pack_index, pack_strings, save_arrays


def test_string_table_round_trip():
    packed = pack_strings(["Mosul", "", "Şanlıurfa"])
    table = StringTable(packed["blob"], packed["offsets"])
    assert len(table) == 3
    assert [table[i] for i in range(3)] == ["Mosul", "", "Şanlıurfa"]


def test_name_index_lookup_and_miss():
    packed = pack_index({"mosul": [8, 13], "basra": [4], "empty": []})
    index = NameIndex(packed["hashes"], packed["starts"], packed["codes"])
    assert len(index) == 2
    assert index.get("mosul").tolist() == [8, 13]
    assert index.get("basra").tolist() == [4]
    assert index.get("kirkuk").tolist() == []
    assert key_hash("mosul") == key_hash("mosul") != key_hash("Mosul")


def test_arrays_load_memory_mapped(tmp_path):
    save_arrays(tmp_path, {"lat": np.array([36.3, 33.3])})
    lat = load_array(tmp_path, "lat")
    assert type(lat) is np.ndarray and not lat.flags.writeable
    assert lat.tolist() == [36.3, 33.3]
