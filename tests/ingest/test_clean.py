from strikewatch.ingest.clean import clean_text, is_furniture


def test_whitespace_and_nbsp_are_normalised_with_a_map():
    raw = "Shells\u00a0hit  the\tport.\n\nTwo  killed."
    clean, offs = clean_text(raw)
    assert clean == "Shells hit the port.\n\nTwo killed."
    assert len(offs) == len(clean) + 1
    for i, ch in enumerate(clean):
        if ch not in " \n":
            assert raw[offs[i]] == ch
    start = clean.index("Two")
    assert raw[offs[start]:offs[start + 10 - 1] + 1] == "Two  killed"


def test_furniture_blocks_are_dropped_by_general_rules():
    raw = ("A drone hit a depot on Monday.\n\nREAD MORE: Ten things about drones\n\n"
           "Sign up for the morning newsletter.\n\nOfficials confirmed the strike.\n\n"
           "Follow Example News on Twitter and Instagram.\n\nTop Stories")
    clean, _ = clean_text(raw)
    assert clean == "A drone hit a depot on Monday.\n\nOfficials confirmed the strike."


def test_datelines_and_long_paragraphs_are_kept():
    assert not is_furniture("BAGHDAD: Four people were killed in a blast on Sunday.")
    long_para = "Residents said they would subscribe to nothing the militants promised. " * 5
    assert not is_furniture(long_para)


def test_hard_wrapped_lines_join_with_a_space():
    clean, _ = clean_text("Gunmen attacked\na convoy.")
    assert clean == "Gunmen attacked a convoy."


def test_a_line_break_before_a_list_item_is_kept():
    raw = "Aircraft conducted two strikes:\n- Near Ashford, one strike hit a depot.\n- Near Bexley,\none strike hit a bridge."
    clean, offs = clean_text(raw)
    assert clean == ("Aircraft conducted two strikes:\n- Near Ashford, one strike hit a depot.\n"
                     "- Near Bexley, one strike hit a bridge.")
    assert len(offs) == len(clean) + 1 and raw[offs[clean.index("- Near Bexley")]] == "-"
    dashed = "Two strikes:\n-- Near Ashford, one strike hit a depot.\n-- Near Bexley, one strike hit a bridge."
    assert clean_text(dashed)[0] == dashed  # "--" items too


def test_a_line_break_after_a_heading_is_kept():
    raw = "Strikes in Eastland\nNear Ashford, one strike hit a depot.\nStrikes in Westland\nNear Bexley, one strike hit a bridge."
    clean, offs = clean_text(raw)
    assert clean == ("Strikes in Eastland\nNear Ashford, one strike hit a depot. Strikes in Westland\n"
                     "Near Bexley, one strike hit a bridge.")
    assert len(offs) == len(clean) + 1 and raw[offs[clean.index("Near Bexley")]] == "N"
    # a short hard-wrapped line that leaves its sentence open is no heading
    assert clean_text("The army said the attack in\nAshford killed five.")[0] == "The army said the attack in Ashford killed five."
    # nor is a short line in the middle of a paragraph whose previous line did not end a sentence
    wrapped = "Witnesses said that gunmen in two pickup trucks opened fire on\nthe market, then drove\nEast along the road."
    assert "\n" not in clean_text(wrapped)[0]


def test_a_dateline_opens_its_own_line():
    # a headline with no closing stop must not run into the dateline under it
    clean, _ = clean_text("Fighting flares near Tarsk, air strike reported\nBELVAR — Heavy fighting broke out on Monday.")
    assert clean == "Fighting flares near Tarsk, air strike reported\nBELVAR — Heavy fighting broke out on Monday."
    clean, _ = clean_text("A long line wrapped before the\nUN - the agency said.")  # two capitals are no dateline
    assert "\n" not in clean
