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
    from ..models.change import Change
    from ..models.salary_advance_taxcard_internal import SalaryAdvanceTaxcardInternal


T = TypeVar("T", bound="SalaryTaxcardInternal")


@_attrs_define
class SalaryTaxcardInternal(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        advance_taxcards (list[SalaryAdvanceTaxcardInternal] | Unset):
        additional_info (str | Unset):
        date (str | Unset):
        utstedt_dato (str | Unset):
        arbeidstaker_identifikator (str | Unset):
        status (str | Unset):
        status_description (str | Unset):
        order_id (int | Unset):
        altinn_3_taxcard_order_id (int | Unset):
        year_of_income (int | Unset):
        skattekort_identifikator (int | Unset):
        deduction_period (int | Unset):
        payroll_tax_municipality_id (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    advance_taxcards: list[SalaryAdvanceTaxcardInternal] | Unset = UNSET
    additional_info: str | Unset = UNSET
    date: str | Unset = UNSET
    utstedt_dato: str | Unset = UNSET
    arbeidstaker_identifikator: str | Unset = UNSET
    status: str | Unset = UNSET
    status_description: str | Unset = UNSET
    order_id: int | Unset = UNSET
    altinn_3_taxcard_order_id: int | Unset = UNSET
    year_of_income: int | Unset = UNSET
    skattekort_identifikator: int | Unset = UNSET
    deduction_period: int | Unset = UNSET
    payroll_tax_municipality_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.advance_taxcards
        if _v is not UNSET:
            field_dict["advanceTaxcards"] = [_e.to_dict() for _e in _v]
        _v = self.additional_info
        if _v is not UNSET:
            field_dict["additionalInfo"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.utstedt_dato
        if _v is not UNSET:
            field_dict["utstedtDato"] = _v
        _v = self.arbeidstaker_identifikator
        if _v is not UNSET:
            field_dict["arbeidstakerIdentifikator"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.status_description
        if _v is not UNSET:
            field_dict["statusDescription"] = _v
        _v = self.order_id
        if _v is not UNSET:
            field_dict["orderId"] = _v
        _v = self.altinn_3_taxcard_order_id
        if _v is not UNSET:
            field_dict["altinn3taxcardOrderId"] = _v
        _v = self.year_of_income
        if _v is not UNSET:
            field_dict["yearOfIncome"] = _v
        _v = self.skattekort_identifikator
        if _v is not UNSET:
            field_dict["skattekortIdentifikator"] = _v
        _v = self.deduction_period
        if _v is not UNSET:
            field_dict["deductionPeriod"] = _v
        _v = self.payroll_tax_municipality_id
        if _v is not UNSET:
            field_dict["payrollTaxMunicipalityId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryTaxcardInternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryTaxcardInternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.salary_advance_taxcard_internal import SalaryAdvanceTaxcardInternal  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "advanceTaxcards",
                "additionalInfo",
                "date",
                "utstedtDato",
                "arbeidstakerIdentifikator",
                "status",
                "statusDescription",
                "orderId",
                "altinn3taxcardOrderId",
                "yearOfIncome",
                "skattekortIdentifikator",
                "deductionPeriod",
                "payrollTaxMunicipalityId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "additionalInfo": "additional_info",
            "date": "date",
            "utstedtDato": "utstedt_dato",
            "arbeidstakerIdentifikator": "arbeidstaker_identifikator",
            "status": "status",
            "statusDescription": "status_description",
            "orderId": "order_id",
            "altinn3taxcardOrderId": "altinn_3_taxcard_order_id",
            "yearOfIncome": "year_of_income",
            "skattekortIdentifikator": "skattekort_identifikator",
            "deductionPeriod": "deduction_period",
            "payrollTaxMunicipalityId": "payroll_tax_municipality_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.advance_taxcards = o.additional_info = o.date = (
                        o.utstedt_dato
                    ) = o.arbeidstaker_identifikator = o.status = o.status_description = o.order_id = (
                        o.altinn_3_taxcard_order_id
                    ) = o.year_of_income = o.skattekort_identifikator = o.deduction_period = (
                        o.payroll_tax_municipality_id
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.advance_taxcards = o.additional_info = o.date = (
                        o.utstedt_dato
                    ) = o.arbeidstaker_identifikator = o.status = o.status_description = o.order_id = (
                        o.altinn_3_taxcard_order_id
                    ) = o.year_of_income = o.skattekort_identifikator = o.deduction_period = (
                        o.payroll_tax_municipality_id
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "advanceTaxcards"
                v = g("advanceTaxcards")
                if v is None:
                    o.advance_taxcards = u
                    if "advanceTaxcards" not in d:
                        m += 1
                else:
                    o.advance_taxcards = (
                        ([SalaryAdvanceTaxcardInternal._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("additionalInfo")
                if v is None:
                    o.additional_info = u
                    if "additionalInfo" not in d:
                        m += 1
                else:
                    o.additional_info = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("utstedtDato")
                if v is None:
                    o.utstedt_dato = u
                    if "utstedtDato" not in d:
                        m += 1
                else:
                    o.utstedt_dato = v
                v = g("arbeidstakerIdentifikator")
                if v is None:
                    o.arbeidstaker_identifikator = u
                    if "arbeidstakerIdentifikator" not in d:
                        m += 1
                else:
                    o.arbeidstaker_identifikator = v
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("statusDescription")
                if v is None:
                    o.status_description = u
                    if "statusDescription" not in d:
                        m += 1
                else:
                    o.status_description = v
                v = g("orderId")
                if v is None:
                    o.order_id = u
                    if "orderId" not in d:
                        m += 1
                else:
                    o.order_id = v
                v = g("altinn3taxcardOrderId")
                if v is None:
                    o.altinn_3_taxcard_order_id = u
                    if "altinn3taxcardOrderId" not in d:
                        m += 1
                else:
                    o.altinn_3_taxcard_order_id = v
                v = g("yearOfIncome")
                if v is None:
                    o.year_of_income = u
                    if "yearOfIncome" not in d:
                        m += 1
                else:
                    o.year_of_income = v
                v = g("skattekortIdentifikator")
                if v is None:
                    o.skattekort_identifikator = u
                    if "skattekortIdentifikator" not in d:
                        m += 1
                else:
                    o.skattekort_identifikator = v
                v = g("deductionPeriod")
                if v is None:
                    o.deduction_period = u
                    if "deductionPeriod" not in d:
                        m += 1
                else:
                    o.deduction_period = v
                v = g("payrollTaxMunicipalityId")
                if v is None:
                    o.payroll_tax_municipality_id = u
                    if "payrollTaxMunicipalityId" not in d:
                        m += 1
                else:
                    o.payroll_tax_municipality_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("advance_taxcards", "advanceTaxcards"),
            ("additional_info", "additionalInfo"),
            ("date", "date"),
            ("utstedt_dato", "utstedtDato"),
            ("arbeidstaker_identifikator", "arbeidstakerIdentifikator"),
            ("status", "status"),
            ("status_description", "statusDescription"),
            ("order_id", "orderId"),
            ("altinn_3_taxcard_order_id", "altinn3taxcardOrderId"),
            ("year_of_income", "yearOfIncome"),
            ("skattekort_identifikator", "skattekortIdentifikator"),
            ("deduction_period", "deductionPeriod"),
            ("payroll_tax_municipality_id", "payrollTaxMunicipalityId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.advance_taxcards
            o.advance_taxcards = (
                u
                if v is None or v is u
                else ([SalaryAdvanceTaxcardInternal._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.additional_info
            o.additional_info = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.utstedt_dato
            o.utstedt_dato = u if v is None else v
            v = s.arbeidstaker_identifikator
            o.arbeidstaker_identifikator = u if v is None else v
            v = s.status
            o.status = u if v is None else v
            v = s.status_description
            o.status_description = u if v is None else v
            v = s.order_id
            o.order_id = u if v is None else v
            v = s.altinn_3_taxcard_order_id
            o.altinn_3_taxcard_order_id = u if v is None else v
            v = s.year_of_income
            o.year_of_income = u if v is None else v
            v = s.skattekort_identifikator
            o.skattekort_identifikator = u if v is None else v
            v = s.deduction_period
            o.deduction_period = u if v is None else v
            v = s.payroll_tax_municipality_id
            o.payroll_tax_municipality_id = u if v is None else v
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
