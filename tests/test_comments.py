"""Reader comments at the end of a saved web page are opinions, never facts to learn."""

from studykit.comments import comments_start, own_voice

ARTICLE = [
    "Maria Lopez opened the Westfield library in March 2004.",
    "Architect Helen Ward designed the Portfield museum in 1998.",
    "Tom Rivers paid 4 million pounds for the Norvik bakery in 2001.",
    "The council will vote on the plans on Tuesday.",
]
COMMENTS = [
    "About time! Our old library was falling apart.",
    "I think they should have spent the money on the pool.",
    "The Portfield library opened in 1987 as the first in the county to open on Sundays.",
    "Why does nobody mention the parking? I tried twice and gave up.",
    "Great news for my kids.",
]


def test_comments_begin_after_the_reporting():
    text = "\n\n".join(ARTICLE + COMMENTS)
    start = comments_start(text)
    assert start == text.index(COMMENTS[0])


def test_quoted_first_person_is_the_speaker_not_the_writer():
    assert not own_voice('"I am delighted," said Helen Ward, the architect.')
    assert own_voice("I think they should have spent it on the pool.")


def test_a_column_in_the_first_person_has_no_comments_section():
    column = ["Looking back", "I have covered athletics for twenty years.", "My best memory is the Westfield relay.",
              "It was won by Portfield in 2004.", "I still think it was the race of the decade!"]
    assert comments_start("\n\n".join(column)) is None


def test_an_article_without_comments_is_whole():
    assert comments_start("\n\n".join(ARTICLE)) is None


def test_no_questions_from_comments():
    from test_generate import bank_for_text

    bank = bank_for_text("\n\n".join(ARTICLE + COMMENTS))
    assert any("Norvik" in q.prompt for q in bank)
    assert not [q for q in bank if "1987" in q.source.sentence]
