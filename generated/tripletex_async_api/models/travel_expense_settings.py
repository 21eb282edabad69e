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


T = TypeVar("T", bound="TravelExpenseSettings")


@_attrs_define
class TravelExpenseSettings(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        use_rates (bool | Unset):
        approval_required (bool | Unset):
        tax_free_per_diem_rates (bool | Unset):
        tax_free_mileage_rates (int | Unset):
        per_diem_not_compensated (bool | Unset):
        accommodation_not_compensated (bool | Unset):
        mileage_not_compensated (bool | Unset):
        can_approve_own_expenses (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    use_rates: bool | Unset = UNSET
    approval_required: bool | Unset = UNSET
    tax_free_per_diem_rates: bool | Unset = UNSET
    tax_free_mileage_rates: int | Unset = UNSET
    per_diem_not_compensated: bool | Unset = UNSET
    accommodation_not_compensated: bool | Unset = UNSET
    mileage_not_compensated: bool | Unset = UNSET
    can_approve_own_expenses: bool | Unset = UNSET
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
        _v = self.use_rates
        if _v is not UNSET:
            field_dict["useRates"] = _v
        _v = self.approval_required
        if _v is not UNSET:
            field_dict["approvalRequired"] = _v
        _v = self.tax_free_per_diem_rates
        if _v is not UNSET:
            field_dict["taxFreePerDiemRates"] = _v
        _v = self.tax_free_mileage_rates
        if _v is not UNSET:
            field_dict["taxFreeMileageRates"] = _v
        _v = self.per_diem_not_compensated
        if _v is not UNSET:
            field_dict["perDiemNotCompensated"] = _v
        _v = self.accommodation_not_compensated
        if _v is not UNSET:
            field_dict["accommodationNotCompensated"] = _v
        _v = self.mileage_not_compensated
        if _v is not UNSET:
            field_dict["mileageNotCompensated"] = _v
        _v = self.can_approve_own_expenses
        if _v is not UNSET:
            field_dict["canApproveOwnExpenses"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelExpenseSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TravelExpenseSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "useRates",
                "approvalRequired",
                "taxFreePerDiemRates",
                "taxFreeMileageRates",
                "perDiemNotCompensated",
                "accommodationNotCompensated",
                "mileageNotCompensated",
                "canApproveOwnExpenses",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "useRates": "use_rates",
            "approvalRequired": "approval_required",
            "taxFreePerDiemRates": "tax_free_per_diem_rates",
            "taxFreeMileageRates": "tax_free_mileage_rates",
            "perDiemNotCompensated": "per_diem_not_compensated",
            "accommodationNotCompensated": "accommodation_not_compensated",
            "mileageNotCompensated": "mileage_not_compensated",
            "canApproveOwnExpenses": "can_approve_own_expenses",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.use_rates = o.approval_required = (
                        o.tax_free_per_diem_rates
                    ) = o.tax_free_mileage_rates = o.per_diem_not_compensated = o.accommodation_not_compensated = (
                        o.mileage_not_compensated
                    ) = o.can_approve_own_expenses = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.use_rates = o.approval_required = (
                        o.tax_free_per_diem_rates
                    ) = o.tax_free_mileage_rates = o.per_diem_not_compensated = o.accommodation_not_compensated = (
                        o.mileage_not_compensated
                    ) = o.can_approve_own_expenses = UNSET
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
                v = g("useRates")
                if v is None:
                    o.use_rates = u
                    if "useRates" not in d:
                        m += 1
                else:
                    o.use_rates = v
                v = g("approvalRequired")
                if v is None:
                    o.approval_required = u
                    if "approvalRequired" not in d:
                        m += 1
                else:
                    o.approval_required = v
                v = g("taxFreePerDiemRates")
                if v is None:
                    o.tax_free_per_diem_rates = u
                    if "taxFreePerDiemRates" not in d:
                        m += 1
                else:
                    o.tax_free_per_diem_rates = v
                v = g("taxFreeMileageRates")
                if v is None:
                    o.tax_free_mileage_rates = u
                    if "taxFreeMileageRates" not in d:
                        m += 1
                else:
                    o.tax_free_mileage_rates = v
                v = g("perDiemNotCompensated")
                if v is None:
                    o.per_diem_not_compensated = u
                    if "perDiemNotCompensated" not in d:
                        m += 1
                else:
                    o.per_diem_not_compensated = v
                v = g("accommodationNotCompensated")
                if v is None:
                    o.accommodation_not_compensated = u
                    if "accommodationNotCompensated" not in d:
                        m += 1
                else:
                    o.accommodation_not_compensated = v
                v = g("mileageNotCompensated")
                if v is None:
                    o.mileage_not_compensated = u
                    if "mileageNotCompensated" not in d:
                        m += 1
                else:
                    o.mileage_not_compensated = v
                v = g("canApproveOwnExpenses")
                if v is None:
                    o.can_approve_own_expenses = u
                    if "canApproveOwnExpenses" not in d:
                        m += 1
                else:
                    o.can_approve_own_expenses = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("use_rates", "useRates"),
            ("approval_required", "approvalRequired"),
            ("tax_free_per_diem_rates", "taxFreePerDiemRates"),
            ("tax_free_mileage_rates", "taxFreeMileageRates"),
            ("per_diem_not_compensated", "perDiemNotCompensated"),
            ("accommodation_not_compensated", "accommodationNotCompensated"),
            ("mileage_not_compensated", "mileageNotCompensated"),
            ("can_approve_own_expenses", "canApproveOwnExpenses"),
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
            v = s.use_rates
            o.use_rates = u if v is None else v
            v = s.approval_required
            o.approval_required = u if v is None else v
            v = s.tax_free_per_diem_rates
            o.tax_free_per_diem_rates = u if v is None else v
            v = s.tax_free_mileage_rates
            o.tax_free_mileage_rates = u if v is None else v
            v = s.per_diem_not_compensated
            o.per_diem_not_compensated = u if v is None else v
            v = s.accommodation_not_compensated
            o.accommodation_not_compensated = u if v is None else v
            v = s.mileage_not_compensated
            o.mileage_not_compensated = u if v is None else v
            v = s.can_approve_own_expenses
            o.can_approve_own_expenses = u if v is None else v
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
