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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.shareholder import Shareholder


T = TypeVar("T", bound="ShareholderOverviewDTO")


@_attrs_define
class ShareholderOverviewDTO(Model):
    """
    Attributes:
        shareholders (list[Shareholder] | Unset):
        sum_number_of_shares_this_year (float | Unset):
        sum_number_of_shares_last_year (float | Unset):
        sum_ownership_this_year (float | Unset):
        sum_ownership_last_year (float | Unset):
    """

    shareholders: list[Shareholder] | Unset = UNSET
    sum_number_of_shares_this_year: float | Unset = UNSET
    sum_number_of_shares_last_year: float | Unset = UNSET
    sum_ownership_this_year: float | Unset = UNSET
    sum_ownership_last_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.shareholders
        if _v is not UNSET and not _in_request:
            field_dict["shareholders"] = [_e.to_dict() for _e in _v]
        _v = self.sum_number_of_shares_this_year
        if _v is not UNSET and not _in_request:
            field_dict["sumNumberOfSharesThisYear"] = _v
        _v = self.sum_number_of_shares_last_year
        if _v is not UNSET and not _in_request:
            field_dict["sumNumberOfSharesLastYear"] = _v
        _v = self.sum_ownership_this_year
        if _v is not UNSET and not _in_request:
            field_dict["sumOwnershipThisYear"] = _v
        _v = self.sum_ownership_last_year
        if _v is not UNSET and not _in_request:
            field_dict["sumOwnershipLastYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderOverviewDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ShareholderOverviewDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.shareholder import Shareholder  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "shareholders",
                "sumNumberOfSharesThisYear",
                "sumNumberOfSharesLastYear",
                "sumOwnershipThisYear",
                "sumOwnershipLastYear",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "shareholders"
                v = g("shareholders")
                if v is None:
                    o.shareholders = u
                    if "shareholders" not in d:
                        m += 1
                else:
                    o.shareholders = (
                        ([Shareholder._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumNumberOfSharesThisYear")
                if v is None:
                    o.sum_number_of_shares_this_year = u
                    if "sumNumberOfSharesThisYear" not in d:
                        m += 1
                else:
                    o.sum_number_of_shares_this_year = v
                v = g("sumNumberOfSharesLastYear")
                if v is None:
                    o.sum_number_of_shares_last_year = u
                    if "sumNumberOfSharesLastYear" not in d:
                        m += 1
                else:
                    o.sum_number_of_shares_last_year = v
                v = g("sumOwnershipThisYear")
                if v is None:
                    o.sum_ownership_this_year = u
                    if "sumOwnershipThisYear" not in d:
                        m += 1
                else:
                    o.sum_ownership_this_year = v
                v = g("sumOwnershipLastYear")
                if v is None:
                    o.sum_ownership_last_year = u
                    if "sumOwnershipLastYear" not in d:
                        m += 1
                else:
                    o.sum_ownership_last_year = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("shareholders", "shareholders"),
            ("sum_number_of_shares_this_year", "sumNumberOfSharesThisYear"),
            ("sum_number_of_shares_last_year", "sumNumberOfSharesLastYear"),
            ("sum_ownership_this_year", "sumOwnershipThisYear"),
            ("sum_ownership_last_year", "sumOwnershipLastYear"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.shareholders
            o.shareholders = (
                u
                if v is None or v is u
                else ([Shareholder._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_number_of_shares_this_year
            o.sum_number_of_shares_this_year = u if v is None else v
            v = s.sum_number_of_shares_last_year
            o.sum_number_of_shares_last_year = u if v is None else v
            v = s.sum_ownership_this_year
            o.sum_ownership_this_year = u if v is None else v
            v = s.sum_ownership_last_year
            o.sum_ownership_last_year = u if v is None else v
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
