"""fields / sorting validation and the Fields builder."""

from __future__ import annotations

import pytest

from tripletex_async import ConfigurationError
from tripletex_async.fields import Fields, field_names, normalize_fields, normalize_sorting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id", "id"),
        ("*", "*"),
        ("id,name", "id,name"),
        (" id , name ", "id,name"),
        ("id,name,customer(id,name),orderLines(*)", "id,name,customer(id,name),orderLines(*)"),
        ("*,project(*)", "*,project(*)"),
        ("a(b(c(d,*)),e)", "a(b(c(d,*)),e)"),
        ("customer( id , name )", "customer(id,name)"),
        ("_x1", "_x1"),
    ],
)
def test_valid_fields(text: str, expected: str) -> None:
    assert normalize_fields(text) == expected
    assert Fields.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "id,",
        ",id",
        "id,,name",
        "customer(id",
        "customer(id))",
        "id)",
        "customer()",
        "customer(,)",
        "(id)",
        "id name",
        "id;name",
        "1abc",
        "na-me",
        "customer.name",
        "id,name,customer(id,name",
        "**",
    ],
)
def test_malformed_fields(text: str) -> None:
    with pytest.raises(ConfigurationError):
        normalize_fields(text)


def test_error_message_points_at_the_problem() -> None:
    with pytest.raises(ConfigurationError, match="unbalanced"):
        normalize_fields("customer(id")
    with pytest.raises(ConfigurationError, match="trailing comma"):
        normalize_fields("id,")


def test_builder() -> None:
    assert Fields("id", "name", customer=("id", "name")) == "id,name,customer(id,name)"
    assert Fields("id", orderLines="*") == "id,orderLines(*)"
    assert Fields("*", project=Fields("id", manager=["id", "name"])) == "*,project(id,manager(id,name))"
    assert Fields("id,name", customer="id, name") == "id,name,customer(id,name)"
    assert Fields("id", customer={"address": ("city",)}) == "id,customer(address(city))"
    assert isinstance(Fields("id"), str)
    assert repr(Fields("id")) == "Fields('id')"
    assert Fields("id", customer="*").includes("customer")
    assert Fields("*").includes("anything")
    assert field_names("id,customer(id,name),*") == ["id", "customer", "*"]


@pytest.mark.parametrize(
    "bad",
    [
        lambda: Fields(*()),
        lambda: Fields("id,"),
        lambda: Fields("id", customer=()),
        lambda: Fields("id", customer=""),
        lambda: Fields("id", customer=3),
        lambda: Fields(3),  # type: ignore[arg-type]
    ],
)
def test_builder_rejects(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        bad()  # type: ignore[operator]


def test_builder_rejects_bad_keyword_name() -> None:
    with pytest.raises(ConfigurationError):
        Fields("id", **{"bad-name": "*"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [("name", "name"), ("-date", "-date"), ("customer.name, -id", "customer.name,-id"), ("a.b.c", "a.b.c")],
)
def test_valid_sorting(text: str, expected: str) -> None:
    assert normalize_sorting(text) == expected


@pytest.mark.parametrize("text", ["", "name,", "--date", "-", "a..b", "a.", ".a", "na me", "a(b)", "+name"])
def test_malformed_sorting(text: str) -> None:
    with pytest.raises(ConfigurationError):
        normalize_sorting(text)
