from strikewatch.relevance import sentence_spans


def test_spans_cover_sentences_and_skip_titles_and_initials():
    text = "Gunmen attacked the U.S. convoy on Jan. 5. Mr. Okafor said \"It was over.\" Police came!\nA new line"
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got == ["Gunmen attacked the U.S. convoy on Jan. 5.", "Mr. Okafor said \"It was over.\"",
                   "Police came!", "A new line"]


def test_spans_index_the_text_and_trim_space():
    text = "  First one.   Second one.\n\n  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
    assert sentence_spans("") == [] and sentence_spans("   \n ") == []
