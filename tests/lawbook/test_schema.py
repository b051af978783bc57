"""Two small pieces of the law's data model every page leans on: the order of point numbers and a
text in the reader's language."""

from biliktilik.lawbook.schema import natural_key
from biliktilik.lawbook.schema.base import LText


def test_points_are_ordered_as_the_act_numbers_them():
    # 2 < 12 < 12-1 < 12-3 < 13 < 28-1 < appendix-1 < appendix-1-2 < appendix-13: numbers as numbers
    # (12 after 2, 13 after 12-3), sub-numbers after their point, appendices after every point
    points = ["appendix-13", "13", "12-3", "appendix-1-2", "2", "28-1", "12", "appendix-1", "12-1"]
    assert sorted(points, key=natural_key) == [
        "2",
        "12",
        "12-1",
        "12-3",
        "13",
        "28-1",
        "appendix-1",
        "appendix-1-2",
        "appendix-13",
    ]
    assert natural_key("7.a.3") == ((0, 7, ""), (1, 0, "a"), (0, 3, ""))


def test_a_text_is_given_in_the_readers_language_or_in_kazakh_saying_which():
    text = LText(kk="Бұйрық", ru="Приказ")
    assert text.get("ru") == ("Приказ", "ru")
    assert text.get("kk") == ("Бұйрық", "kk")
    assert text.get("en") == ("Бұйрық", "kk")  # no English: the Kazakh, marked as such
    assert LText(kk="Бұйрық", en="Order").get("ru") == ("Бұйрық", "kk")
