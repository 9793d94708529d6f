"""Reading documents: decoding, cleaning, titles, teasers and every kind of bad input."""

from __future__ import annotations

import pytest

from conftest import ARTICLE, SEEDS, write
from studykit.errors import StudykitError
from studykit.sources import SourceWarning, is_teaser, read_inputs


def test_default_input_is_the_bundled_seeds():
    docs = read_inputs([])
    assert [d.path for d in docs] == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert all(len(d.sha256) == 64 for d in docs)


def test_seed_teaser_paragraph_is_dropped_and_headline_is_title():
    docs = {d.path: d for d in read_inputs([])}
    second = docs["seeds/002_84762308ff8eb120.txt"]
    raw = (SEEDS / "002_84762308ff8eb120.txt").read_text(encoding="utf-8")
    teaser = raw.split("\n")[0]
    assert teaser.endswith("...")
    assert teaser not in second.text
    assert "..." not in second.text
    assert second.title.startswith("The \u201cHuawei Breakthrough\u201d")
    assert not second.text.startswith("The \u201cHuawei")


def test_title_is_headline_or_file_name(tmp_path):
    doc = read_inputs([write(tmp_path / "bridge.txt", ARTICLE)])[0]
    assert doc.title == "Harbour town opens new bridge"
    body = ARTICLE.split("\n", 2)[2]
    doc = read_inputs([write(tmp_path / "no-headline.txt", body)])[0]
    assert doc.title == "no-headline"


def test_display_text_keeps_typographic_quotes_analysis_text_is_plain(tmp_path):
    text = "\u201cWe will win,\u201d the coach said on Monday.\nShe\u2019s confident about the final."
    doc = read_inputs([write(tmp_path / "q.txt", text)])[0]
    assert "\u201cWe will win,\u201d" in doc.text
    assert '"We will win,"' in doc.analysis and "She's" in doc.analysis
    assert len(doc.text) == len(doc.analysis)
    assert "\n" not in doc.text  # the line break inside a paragraph is folded


def test_other_encodings_are_detected(tmp_path):
    text = "The caf\u00e9 in S\u00e3o Paulo was opened by the council in 1998, and it is still open today."
    path = write(tmp_path / "latin.txt", text.encode("cp1252"))
    assert "caf\u00e9" in read_inputs([path])[0].text


def test_markdown_is_read_as_text(tmp_path):
    md = "# Rivers of Europe\n\nThe **Danube** flows through [ten countries](http://x).\n\n- It is the second longest river in Europe.\n"
    doc = read_inputs([write(tmp_path / "r.md", md)])[0]
    assert doc.title == "Rivers of Europe"
    assert "The Danube flows through ten countries." in doc.text
    assert "**" not in doc.text and "http" not in doc.text


@pytest.mark.parametrize("body,read", [
    # pasted from a wiki: the marks would land in every statement made from the sentence
    ("The club was founded in 1890.[12] Its ground[a] holds 30,000 people[citation needed] and its [old] stand "
     "is listed.[update] Its name is pronounced [k] as in Kent.",
     "The club was founded in 1890. Its ground holds 30,000 people and its [old] stand is listed. "
     "Its name is pronounced [k] as in Kent."),
    # a pronunciation guide; other brackets and slashes stay
    ("Westfield (/\u02c8w\u025bstfi\u02d0ld/; locally [\u02c8v\u025bstf\u025blt] ( listen)), officially the "
     "Borough of Westfield, is a town in Norvik. Trains reach 90 km/h (56 mph) there.",
     "Westfield, officially the Borough of Westfield, is a town in Norvik. Trains reach 90 km/h (56 mph) there."),
])
def test_wiki_marks_are_no_part_of_the_text(tmp_path, body, read):
    doc = read_inputs([write(tmp_path / "w.txt", "Westfield Rovers\n\n" + body + "\n")])[0]
    assert doc.text == read


def test_teaser_needs_repetition_later():
    assert is_teaser("The mayor said the new bridge will cut journey times for...",
                     ["The mayor said the new bridge will cut journey times for commuters."])
    assert not is_teaser("He paused and said...", ["The match ended in a draw."])


@pytest.mark.parametrize("name,content,problem", [
    ("empty.txt", "", "empty file"),
    ("blank.txt", "  \n\t\n  ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("numbers.txt", "12 34 56\n78 90 11\n", "no English sentences"),
    ("foreign.txt", "Der Hund l\u00e4uft schnell \u00fcber die Stra\u00dfe und bellt laut.", "no English sentences"),
])
def test_bad_files_are_one_line_errors_naming_the_file(tmp_path, name, content, problem):
    path = write(tmp_path / name, content)
    with pytest.raises(StudykitError) as info:
        read_inputs([path])
    message = str(info.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_missing_path(tmp_path):
    with pytest.raises(StudykitError, match="no such file or folder"):
        read_inputs([tmp_path / "nope.txt"])


def test_folder_without_documents(tmp_path):
    write(tmp_path / "docs" / "image.png", b"\x89PNG\x00")
    with pytest.raises(StudykitError, match="folder has no readable"):
        read_inputs([tmp_path / "docs"])
    write(tmp_path / "docs" / "empty.txt", "")
    with pytest.raises(StudykitError, match="folder has no readable"):
        read_inputs([tmp_path / "docs"])


def test_bad_file_in_folder_is_a_warning_and_skipped(tmp_path):
    write(tmp_path / "docs" / "a" / "good.txt", ARTICLE)
    write(tmp_path / "docs" / "bad.txt", b"\x00\x01\x02")
    with pytest.warns(SourceWarning, match="bad.txt: binary file"):
        docs = read_inputs([tmp_path / "docs"])
    assert [d.id for d in docs] == ["good"]


def test_recursive_folder_order_and_unique_ids(tmp_path):
    write(tmp_path / "d" / "b" / "story.txt", ARTICLE)
    write(tmp_path / "d" / "a" / "story.md", ARTICLE)
    docs = read_inputs([tmp_path / "d"])
    assert [d.id for d in docs] == ["story", "story-2"]
    assert docs[0].path.endswith("a/story.md")
