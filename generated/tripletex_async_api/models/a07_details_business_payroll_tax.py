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
    from ..models.a07_details_business_payroll_tax_basis import A07DetailsBusinessPayrollTaxBasis


T = TypeVar("T", bound="A07DetailsBusinessPayrollTax")


@_attrs_define
class A07DetailsBusinessPayrollTax(Model):
    """
    Attributes:
        wages_and_remuneration (list[A07DetailsBusinessPayrollTaxBasis] | Unset):
        pension_contributions_and_premiums (list[A07DetailsBusinessPayrollTaxBasis] | Unset):
    """

    wages_and_remuneration: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
    pension_contributions_and_premiums: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.wages_and_remuneration
        if _v is not UNSET and not _in_request:
            field_dict["wagesAndRemuneration"] = [_e.to_dict() for _e in _v]
        _v = self.pension_contributions_and_premiums
        if _v is not UNSET and not _in_request:
            field_dict["pensionContributionsAndPremiums"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsBusinessPayrollTax from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``A07DetailsBusinessPayrollTax.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.a07_details_business_payroll_tax_basis import A07DetailsBusinessPayrollTaxBasis  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "wagesAndRemuneration",
                "pensionContributionsAndPremiums",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "wagesAndRemuneration"
                v = g("wagesAndRemuneration")
                if v is None:
                    o.wages_and_remuneration = u
                    if "wagesAndRemuneration" not in d:
                        m += 1
                else:
                    o.wages_and_remuneration = (
                        ([A07DetailsBusinessPayrollTaxBasis._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "pensionContributionsAndPremiums"
                v = g("pensionContributionsAndPremiums")
                if v is None:
                    o.pension_contributions_and_premiums = u
                    if "pensionContributionsAndPremiums" not in d:
                        m += 1
                else:
                    o.pension_contributions_and_premiums = (
                        ([A07DetailsBusinessPayrollTaxBasis._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("wages_and_remuneration", "wagesAndRemuneration"),
            ("pension_contributions_and_premiums", "pensionContributionsAndPremiums"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.wages_and_remuneration
            o.wages_and_remuneration = (
                u
                if v is None or v is u
                else ([A07DetailsBusinessPayrollTaxBasis._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.pension_contributions_and_premiums
            o.pension_contributions_and_premiums = (
                u
                if v is None or v is u
                else ([A07DetailsBusinessPayrollTaxBasis._tx_parse(e) for e in v if e is not None] if v else [])
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
