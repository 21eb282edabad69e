from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.result_changes_item import ResultChangesItem
    from ..models.result_return_value import ResultReturnValue


T = TypeVar("T", bound="Result")


@_attrs_define
class Result(Model):
    """
    Attributes:
        return_value (ResultReturnValue | Unset):
        forward (str | Unset):
        messages (list[str] | Unset):
        validations (list[str] | Unset):
        popups (list[str] | Unset):
        changes (list[ResultChangesItem] | Unset):
    """

    return_value: ResultReturnValue | Unset = UNSET
    forward: str | Unset = UNSET
    messages: list[str] | Unset = UNSET
    validations: list[str] | Unset = UNSET
    popups: list[str] | Unset = UNSET
    changes: list[ResultChangesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.return_value
        if _v is not UNSET:
            field_dict["returnValue"] = _v.to_dict()
        _v = self.forward
        if _v is not UNSET:
            field_dict["forward"] = _v
        _v = self.messages
        if _v is not UNSET:
            field_dict["messages"] = _v
        _v = self.validations
        if _v is not UNSET:
            field_dict["validations"] = _v
        _v = self.popups
        if _v is not UNSET:
            field_dict["popups"] = _v
        _v = self.changes
        if _v is not UNSET:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Result from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Result.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.result_changes_item import ResultChangesItem  # noqa: PLC0415
        from ..models.result_return_value import ResultReturnValue  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "returnValue",
                "forward",
                "messages",
                "validations",
                "popups",
                "changes",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "returnValue"
                v = g("returnValue")
                if v is None:
                    o.return_value = u
                    if "returnValue" not in d:
                        m += 1
                else:
                    o.return_value = ResultReturnValue._tx_parse(v)
                v = g("forward")
                if v is None:
                    o.forward = u
                    if "forward" not in d:
                        m += 1
                else:
                    o.forward = v
                k = "messages"
                v = g("messages")
                if v is None:
                    o.messages = u
                    if "messages" not in d:
                        m += 1
                else:
                    o.messages = v
                k = "validations"
                v = g("validations")
                if v is None:
                    o.validations = u
                    if "validations" not in d:
                        m += 1
                else:
                    o.validations = v
                k = "popups"
                v = g("popups")
                if v is None:
                    o.popups = u
                    if "popups" not in d:
                        m += 1
                else:
                    o.popups = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([ResultChangesItem._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("return_value", "returnValue"),
            ("forward", "forward"),
            ("messages", "messages"),
            ("validations", "validations"),
            ("popups", "popups"),
            ("changes", "changes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.return_value
            o.return_value = u if v is None or v is u else ResultReturnValue._tx_parse(v)
            v = s.forward
            o.forward = u if v is None else v
            v = s.messages
            o.messages = u if v is None or v is u else v
            v = s.validations
            o.validations = u if v is None or v is u else v
            v = s.popups
            o.popups = u if v is None or v is u else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([ResultChangesItem._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
