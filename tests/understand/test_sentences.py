from peninsula.understand.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_at_the_sentence_text():
    text = "  The North fired two missiles. Seoul protested.\n\nTalks were held."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "The U.S. Forces Korea said on Sept. 28 that Gen. Paul J. LaCamera met Mr. Kim. He left."
    assert texts(text) == [
        "The U.S. Forces Korea said on Sept. 28 that Gen. Paul J. LaCamera met Mr. Kim.",
        "He left.",
    ]


def test_quotes_close_the_sentence():
    text = '"We will respond," Kim argued. "South Korea should stop."'
    assert texts(text) == ['"We will respond," Kim argued.', '"South Korea should stop."']


def test_paragraphs_are_numbered_and_always_break():
    sentences = split_sentences("Headline without period\n\nFirst line. Second line.\nThird")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert sentences[0].text == "Headline without period"


def test_lowercase_after_period_does_not_split():
    assert texts("It rose 2.5 per cent. in May, the agency said.") == [
        "It rose 2.5 per cent. in May, the agency said."
    ]


def test_an_abbreviation_can_end_a_sentence_before_an_opener():
    assert texts("Seoul blamed the U.S. The North said it would respond.") == [
        "Seoul blamed the U.S.",
        "The North said it would respond.",
    ]
    assert texts("The U.S. Department of State said so.") == [
        "The U.S. Department of State said so."
    ]
