from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_wrapper_shareholder_register_prefill_result_value import (
    ResponseWrapperShareholderRegisterPrefillResultValue,
)
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="ResponseWrapperShareholderRegisterPrefillResult")


@_attrs_define
class ResponseWrapperShareholderRegisterPrefillResult(Model):
    """
    Attributes:
        value (ResponseWrapperShareholderRegisterPrefillResultValue):
    """

    value: ResponseWrapperShareholderRegisterPrefillResultValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.value
        field_dict["value"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResponseWrapperShareholderRegisterPrefillResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResponseWrapperShareholderRegisterPrefillResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_value: dict[Any, Any] = enum_members(ResponseWrapperShareholderRegisterPrefillResultValue)
        _known: frozenset[str] = frozenset(("value",))

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "value"
                v = g("value")
                if v is None:
                    o.value = None
                else:
                    o.value = (
                        e_
                        if (e_ := _e_value.get(v)) is not None
                        else enum_value(ResponseWrapperShareholderRegisterPrefillResultValue, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 1 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        return ModelParsers(parse, None)

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
