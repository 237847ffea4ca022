def test_report_text_and_spans(client):
    rep = client.get("/api/reports/r4").json()
    assert rep["text"].startswith("Gunmen attacked a checkpoint in Mogadishu <script>")
    assert (rep["outlet"], rep["published"], rep["title"]) == ("Outlet r4", "2024-04-10", "Report r4")
    spans = [(s["field"], s["start"], s["end"], s["text"]) for s in rep["spans"]]
    assert spans == [("sub_event_type", 0, 15, "Gunmen attacked"), ("location", 32, 41, "Mogadishu"),
                     ("fatalities", 124, 136, "killing five")]
    assert all(rep["text"][s["start"]:s["end"]] == s["text"] for s in rep["spans"])


def test_missing_report_is_404(client):
    res = client.get("/api/reports/nope")
    assert res.status_code == 404 and res.json()["error"] == "no report 'nope'"
