"""Worksheets and answer keys, checked on the text of the rendered PDFs (read back with pypdf).

Rendering costs about a second a file, so the PDFs are made once per module and shared.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from pathlib import Path

import pypdf
import pytest
from markupsafe import escape

from sample_banks import grown_bank, tricky_bank
from studykit.bank import BLANK, Bank
from studykit.errors import StudykitError
from studykit.forms import answer_leaks, make_forms
from studykit.atomic import write_all
from studykit.worksheet import (check_outputs, export_worksheet, html_to_pdf,
                                render_html, versioned_path)


def norm(text: str) -> str:
    return " ".join(text.split())


def pages(path) -> list[str]:
    return [norm(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def shown(prompt: str) -> str:
    """A prompt as it reads on paper: each cloze blank is a drawn line, not text."""
    return norm(prompt.replace(BLANK, " "))


def printed_text(bank: Bank) -> str:
    """Everything the bank itself puts on a worksheet: prompts and options."""
    parts = [shown(q.prompt) for q in bank.questions] + [c for q in bank.questions for c in q.choices or []]
    return norm(" ".join(parts))


def numbered(text: str, bank: Bank) -> dict[int, tuple[str, str]]:
    """Question number -> (question id, its printed text), read off a worksheet by its prompts."""
    starts = []
    for q in bank.questions:
        match = re.search(rf"(?<!\d)(\d+)\. {re.escape(shown(q.prompt))}", text)
        assert match, f"prompt of {q.id} is not on the worksheet"
        starts.append((match.start(), int(match.group(1)), q.id))
    starts.sort()
    ends = [s for s, _, _ in starts[1:]] + [len(text)]
    return {number: (qid, text[start:end]) for (start, number, qid), end in zip(starts, ends)}


def has_entry(text: str, entry: str) -> bool:
    """*entry* ("12. answer") stands in *text* with nothing but a space or start before it."""
    return re.search(rf"(?<!\S){re.escape(entry)}", text) is not None


def key_entry(q, number: int, printed: str) -> str:
    """What the key must say for question *number*; a choice gets the letter printed on the sheet."""
    if q.type == "choice":
        letter = re.search(rf"([A-Z])\. {re.escape(norm(q.answer))}", printed).group(1)
        return f"{number}. {letter}. {norm(q.answer)}"
    return f"{number}. {norm(q.answer)}"


class WarningsSeen(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    """A single-form worksheet and key from the tricky bank, plus WeasyPrint's warnings."""
    out = tmp_path_factory.mktemp("one")
    seen = WarningsSeen()
    logging.getLogger("weasyprint").addHandler(seen)
    try:
        bank = tricky_bank()
        paths = export_worksheet(bank, out / "worksheet.pdf", out / "answer-key.pdf")
    finally:
        logging.getLogger("weasyprint").removeHandler(seen)
    return bank, paths, seen.messages


@pytest.fixture(scope="module")
def two_forms(tmp_path_factory):
    """Forms A and B of a 40-question set: several pages, so page breaks are exercised."""
    out = tmp_path_factory.mktemp("forms")
    bank = grown_bank(40)
    export_worksheet(bank, out / "ws.pdf", out / "key.pdf", versions=2, seed=5, paper="letter")
    return bank, out


def test_single_form_writes_exactly_the_named_files(one):
    _, paths, _ = one
    assert [p.name for p in paths] == ["worksheet.pdf", "answer-key.pdf"]
    assert sorted(p.name for p in paths[0].parent.iterdir()) == ["answer-key.pdf", "worksheet.pdf"]


def test_stylesheet_raises_no_weasyprint_warnings(one):
    assert one[2] == []


def test_every_prompt_and_option_is_on_the_worksheet_numbered_by_section(one):
    bank, paths, _ = one
    text = " ".join(pages(paths[0]))
    numbers = numbered(text, bank)
    assert sorted(numbers) == list(range(1, len(bank.questions) + 1))
    by_id = {q.id: q for q in bank.questions}
    order = ["choice", "truefalse", "cloze", "short"]
    types = [by_id[numbers[n][0]].type for n in sorted(numbers)]
    assert types == sorted(types, key=order.index)
    for q in bank.questions:
        for option in q.choices or []:
            assert norm(option) in text
    for heading in ("Multiple choice", "True or false", "Fill in the blank", "Short answer"):
        assert heading in text
    assert "Name" in text and "Class" in text and "Date" in text


def test_worksheet_never_shows_answers_sources_or_explanations(one):
    bank, paths, _ = one
    text = " ".join(pages(paths[0]))
    printed = printed_text(bank)
    hidden = [q.answer for q in bank.questions if q.type in ("short", "cloze") and norm(q.answer) not in printed]
    assert hidden, "the sample bank must have answers that no prompt gives away"
    for answer in hidden:
        assert norm(answer) not in text
    for q in bank.questions:
        if q.type in ("short", "cloze") and norm(q.answer) in text:
            assert norm(q.answer) in printed
        if norm(q.source.sentence) not in printed:
            assert norm(q.source.sentence) not in text
        if q.explanation:
            assert norm(q.explanation) not in text
    assert "answer key" not in text.lower() and "Source:" not in text


def test_key_has_every_answer_under_its_number_with_source(one):
    bank, paths, _ = one
    sheet = " ".join(pages(paths[0]))
    key = " ".join(pages(paths[1]))
    by_id = {q.id: q for q in bank.questions}
    glance = []
    for number, (qid, printed) in sorted(numbered(sheet, bank).items()):
        q = by_id[qid]
        entry = key_entry(q, number, printed)
        assert has_entry(key, entry)
        if q.type in ("choice", "truefalse"):
            glance.append(f"{number} {entry.split()[1].rstrip('.')[0]}")
        assert norm(q.source.sentence) in key
        if q.explanation and q.answer == "False":
            assert norm(q.explanation) in key
    assert "Answer key" in key
    assert f"At a glance: {' '.join(glance)} Part 1" in key


def test_markup_in_documents_is_printed_as_text(one):
    _, paths, _ = one
    sheet = " ".join(pages(paths[0]))
    assert "<script>alert('x')</script>" in sheet and "<b>bold</b>" in sheet and "&amp; entity" in sheet
    assert "Harbour town opens <new> bridge & tunnel" in sheet
    assert "Dr. Zoë Nguyễn" in " ".join(pages(paths[1]))


def test_page_numbers_and_a4_by_default(one):
    _, paths, _ = one
    for path in paths:
        texts = pages(path)
        for i, text in enumerate(texts, 1):
            assert f"Page {i} of {len(texts)}" in text
        box = pypdf.PdfReader(path).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def element_pages(html: str, prefix: str) -> dict[str, set[int]]:
    """Laid out by WeasyPrint: the pages each element whose id starts with *prefix* lands on."""
    import weasyprint

    found: dict[str, set[int]] = {}
    for number, page in enumerate(weasyprint.HTML(string=html).render().pages, 1):
        for box in page._page_box.descendants():
            ident = box.element.get("id", "") if box.element is not None else ""
            if ident.startswith(prefix):
                found.setdefault(ident, set()).add(number)
    return found


def test_no_question_or_answer_is_split_across_pages():
    bank = grown_bank(40)
    form = make_forms(bank, versions=1)[0]
    for kind, prefix in (("worksheet", "q"), ("key", "a")):
        found = element_pages(render_html(bank, form, kind), prefix)
        assert len(found) == len(bank.questions)
        assert len(set().union(*found.values())) >= 3, "the check needs page breaks to bite"
        split = [ident for ident, on in found.items() if len(on) > 1]
        assert split == []


def test_forms_differ_and_each_key_matches_its_own_form(two_forms):
    bank, out = two_forms
    assert sorted(p.name for p in out.iterdir()) == ["key-A.pdf", "key-B.pdf", "ws-A.pdf", "ws-B.pdf"]
    by_id = {q.id: q for q in bank.questions}
    orders, letters = {}, {}
    for form in "AB":
        sheet_pages, key_pages = pages(out / f"ws-{form}.pdf"), pages(out / f"key-{form}.pdf")
        for text in sheet_pages:
            assert f"Form {form}" in text
        for text in key_pages:
            assert f"Form {form}" in text and "Answer key" in text
        sheet, key = " ".join(sheet_pages), " ".join(key_pages)
        numbers = numbered(sheet, bank)
        orders[form] = [numbers[n][0] for n in sorted(numbers)]
        entries = [key_entry(by_id[qid], n, printed) for n, (qid, printed) in sorted(numbers.items())]
        for entry in entries:
            assert has_entry(key, entry)
        letters[form] = [e.split()[1] for e, qid in zip(entries, orders[form]) if by_id[qid].type == "choice"]
    assert orders["A"] != orders["B"]
    assert sorted(orders["A"]) == sorted(orders["B"]) == sorted(by_id)
    assert letters["A"] != letters["B"]


def test_letter_paper(two_forms):
    _, out = two_forms
    box = pypdf.PdfReader(out / "ws-A.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_forms_are_seeded():
    bank = grown_bank(20)
    assert make_forms(bank, versions=3, seed=1) == make_forms(bank, versions=3, seed=1)
    assert make_forms(bank, versions=3, seed=1) != make_forms(bank, versions=3, seed=2)
    single = make_forms(bank)[0]
    assert single.letter is None and [i.question.id for i in single.items] == [
        q.id for t in ("choice", "truefalse", "cloze", "short") for q in bank.questions if q.type == t]


def test_html_output_is_escaped_and_answer_free(tmp_path):
    bank = tricky_bank()
    sheet, key = export_worksheet(bank, tmp_path / "ws.html", tmp_path / "key.html", title='Quiz <"1"> & co')
    html = sheet.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<b>bold" not in html and "<new>" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "Quiz &lt;&#34;1&#34;&gt; &amp; co" in html
    for q in bank.questions:
        assert str(escape(q.source.sentence)) not in html
    assert "Dr. Zoë Nguyễn" not in html and "March 3, 2021" not in html
    key_html = key.read_text(encoding="utf-8")
    assert "March 3, 2021" in key_html and "<script>alert" not in key_html


def test_no_sources_leaves_source_sentences_out(tmp_path):
    bank = tricky_bank()
    _, key = export_worksheet(bank, tmp_path / "ws.html", tmp_path / "key.html", sources=False)
    html = key.read_text(encoding="utf-8")
    assert "Source:" not in html and "Engineers from Calder" not in html
    assert "March 3, 2021" in html


def test_pdf_bytes_do_not_depend_on_the_clock(monkeypatch):
    html = render_html(tricky_bank(), make_forms(tricky_bank())[0], "key")
    first = html_to_pdf(html)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400 * 400)
    assert html_to_pdf(html) == first


def test_answer_leaks_find_questions_that_give_others_away():
    base = tricky_bank()
    cloze = next(q for q in base.questions if q.answer == "March 3, 2021")
    short = next(q for q in base.questions if q.answer == "zooxanthellae")
    giveaway = dataclasses.replace(cloze, id="giveaway", type="short", answer="Westgate",
                                   prompt="Which bridge opened on MARCH 3,  2021?")
    clean = Bank(base.documents, [cloze, short])
    assert answer_leaks(make_forms(clean)[0]) == []
    leaky = make_forms(Bank(base.documents, [cloze, short, giveaway]))[0]
    assert [(a.question.id, b.question.id) for a, b in answer_leaks(leaky)] == [
        (cloze.id, "giveaway"), ("giveaway", cloze.id)]


def test_versioned_file_names():
    assert versioned_path(Path("out/ws.pdf"), "C").as_posix() == "out/ws-C.pdf"
    assert versioned_path(Path("ws.html"), None).as_posix() == "ws.html"


@pytest.mark.parametrize("output, key, versions, message", [
    ("ws.docx", None, 1, "ws.docx: the worksheet must be a .pdf or .html file"),
    ("ws.pdf", "key.txt", 1, "key.txt: the answer key must be a .pdf or .html file"),
    ("missing/ws.pdf", None, 1, "missing/ws.pdf: output folder missing does not exist"),
    ("ws.pdf", "ws.pdf", 1, "ws.pdf: the worksheet and the answer key would be the same file"),
    ("ws.pdf", "ws.pdf", 2, "ws.pdf: the worksheet and the answer key would be the same file"),
    ("ws.pdf", None, 27, "--versions must be between 1 and 26, not 27"),
])
def test_bad_outputs_are_refused_before_any_work(tmp_path, monkeypatch, output, key, versions, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StudykitError) as err:
        export_worksheet(tricky_bank(), output, key, versions=versions)
    assert str(err.value) == message
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StudykitError):
        check_outputs(output, key, versions)


def test_a_folder_in_the_way_of_a_form_file_is_refused(tmp_path):
    (tmp_path / "ws-B.pdf").mkdir()
    with pytest.raises(StudykitError, match="ws-B.pdf: is a folder"):
        export_worksheet(tricky_bank(), tmp_path / "ws.pdf", versions=2)
    assert [p.name for p in tmp_path.iterdir()] == ["ws-B.pdf"]


def test_a_failed_write_leaves_no_file_at_all(tmp_path):
    files = [(tmp_path / "ws-A.pdf", b"a"), (tmp_path / "ws-B.pdf", b"b"), (tmp_path / "gone" / "key.pdf", b"k")]
    with pytest.raises(StudykitError):
        write_all(files)
    assert list(tmp_path.iterdir()) == []


def test_empty_bank_is_an_error(tmp_path):
    empty = Bank(documents=tricky_bank().documents, questions=[])
    with pytest.raises(StudykitError, match="no questions"):
        export_worksheet(empty, tmp_path / "ws.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_fact_is_asked_once_per_sheet():
    from studykit.bank import Question, Source
    from studykit.forms import without_giveaways

    src = Source(tricky_bank().documents[0].id, "The council opened the Westgate Bridge in 2021.")
    short = Question("s", "short", "When did the council open the Westgate Bridge?", "2021", "date", src, 0.9)
    cloze = Question("c", "cloze", "The council opened the Westgate Bridge in _____.", "2021", "date", src, 0.5)
    other = Question("o", "cloze", "The council opened _____ in 2021.", "the Westgate Bridge", "place", src, 0.4)
    bank = Bank(documents=tricky_bank().documents, questions=[short, cloze, other])
    kept = without_giveaways(bank).questions
    assert [q.id for q in kept] == ["s"]  # the cloze repeats the fact; "other" prints the answer "2021"


def test_a_true_false_statement_takes_its_sentence_for_itself():
    from studykit.bank import Question, Source
    from studykit.forms import leak_free

    src = Source(tricky_bank().documents[0].id, "Acme posted a profit of $2.71bn in 2004.")
    choice = Question("c", "choice", "Acme posted a profit of _____ in 2004.", "$2.71bn", "figure", src, 0.9,
                      choices=["$2.71bn", "$2.44bn", "$2.17bn", "$3.25bn"])
    false = Question("f", "truefalse", "Acme posted a profit of $2.44bn in 2004.", "False", "figure", src, 0.8,
                     explanation=src.sentence)
    other = Source(src.document, "Revenues at Acme grew 5.2% to $31.40bn.")
    true = Question("t", "truefalse", other.sentence, "True", "figure", other, 0.7)
    assert [q.id for q in leak_free([choice, false, true], whole_sheet=True)] == ["c", "t"]
    assert [q.id for q in leak_free([false, choice, true], whole_sheet=True)] == ["f", "t"]


def test_a_sheet_from_many_documents_names_a_few_and_counts_the_rest():
    from studykit.bank import DocumentRecord, Source

    docs = [DocumentRecord(f"d{n}", f"Article number {n}", f"d{n}.txt", "0" * 64) for n in range(12)]
    questions = [dataclasses.replace(q, source=Source(docs[n % 12].id, q.source.sentence))
                 for n, q in enumerate(grown_bank(24).questions)]
    bank = Bank(documents=docs, questions=questions)
    html = render_html(bank, make_forms(bank)[0], "worksheet")
    assert "Article number 0" in html and "and 6 more" in html
    assert "Article number 11" not in html.split("and 6 more")[0]


def test_each_question_names_its_article_when_the_sheet_draws_on_several():
    from studykit.bank import DocumentRecord, Source

    docs = [DocumentRecord(f"d{n}", f"Article <number> {n}", f"d{n}.txt", "0" * 64) for n in range(3)]
    questions = [dataclasses.replace(q, source=Source(docs[n % 3].id, q.source.sentence))
                 for n, q in enumerate(grown_bank(6).questions)]
    bank = Bank(documents=docs, questions=questions)
    form = make_forms(bank)[0]
    html = render_html(bank, form, "worksheet")
    for item in form.items:
        block = html.split(f'id="q{item.number}"', 1)[1].split('<div class="q ', 1)[0]
        n = item.question.source.document[1:]
        assert f'<p class="from">From: Article &lt;number&gt; {n}</p>' in block
    alone = Bank(documents=docs[:1], questions=[dataclasses.replace(q, source=Source("d0", q.source.sentence))
                                               for q in questions])
    assert 'class="from"' not in render_html(alone, make_forms(alone)[0], "worksheet")
