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
    from ..models.cost_participant import CostParticipant
    from ..models.cost_predictions import CostPredictions
    from ..models.currency import Currency
    from ..models.travel_cost_category import TravelCostCategory
    from ..models.travel_expense import TravelExpense
    from ..models.travel_payment_type import TravelPaymentType
    from ..models.vat_type import VatType


T = TypeVar("T", bound="Cost")


@_attrs_define
class Cost(Model):
    """Link to individual costs.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        travel_expense (TravelExpense | Unset): Travel reports connected to the order.
        vat_type (VatType | Unset): The default vat type for this account.
        currency (Currency | Unset):
        cost_category (TravelCostCategory | Unset):
        payment_type (TravelPaymentType | Unset):
        category (str | Unset):
        comments (str | Unset):
        rate (float | Unset):
        amount_currency_inc_vat (float | Unset):
        amount_nok_incl_vat (float | Unset):
        amount_nok_incl_vat_low (float | Unset):
        amount_nok_incl_vat_medium (float | Unset):
        amount_nok_incl_vat_high (float | Unset):
        is_paid_by_employee (bool | Unset):
        is_chargeable (bool | Unset):
        date (str | Unset):
        participants (list[CostParticipant] | Unset): Link to individual expense participant.
        predictions (CostPredictions | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    travel_expense: TravelExpense | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    currency: Currency | Unset = UNSET
    cost_category: TravelCostCategory | Unset = UNSET
    payment_type: TravelPaymentType | Unset = UNSET
    category: str | Unset = UNSET
    comments: str | Unset = UNSET
    rate: float | Unset = UNSET
    amount_currency_inc_vat: float | Unset = UNSET
    amount_nok_incl_vat: float | Unset = UNSET
    amount_nok_incl_vat_low: float | Unset = UNSET
    amount_nok_incl_vat_medium: float | Unset = UNSET
    amount_nok_incl_vat_high: float | Unset = UNSET
    is_paid_by_employee: bool | Unset = UNSET
    is_chargeable: bool | Unset = UNSET
    date: str | Unset = UNSET
    participants: list[CostParticipant] | Unset = UNSET
    predictions: CostPredictions | Unset = UNSET
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
        _v = self.travel_expense
        if _v is not UNSET:
            field_dict["travelExpense"] = _v.to_dict()
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.cost_category
        if _v is not UNSET:
            field_dict["costCategory"] = _v.to_dict()
        _v = self.payment_type
        if _v is not UNSET:
            field_dict["paymentType"] = _v.to_dict()
        _v = self.category
        if _v is not UNSET:
            field_dict["category"] = _v
        _v = self.comments
        if _v is not UNSET:
            field_dict["comments"] = _v
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.amount_currency_inc_vat
        if _v is not UNSET:
            field_dict["amountCurrencyIncVat"] = _v
        _v = self.amount_nok_incl_vat
        if _v is not UNSET:
            field_dict["amountNOKInclVAT"] = _v
        _v = self.amount_nok_incl_vat_low
        if _v is not UNSET and not _in_request:
            field_dict["amountNOKInclVATLow"] = _v
        _v = self.amount_nok_incl_vat_medium
        if _v is not UNSET and not _in_request:
            field_dict["amountNOKInclVATMedium"] = _v
        _v = self.amount_nok_incl_vat_high
        if _v is not UNSET and not _in_request:
            field_dict["amountNOKInclVATHigh"] = _v
        _v = self.is_paid_by_employee
        if _v is not UNSET and not _in_request:
            field_dict["isPaidByEmployee"] = _v
        _v = self.is_chargeable
        if _v is not UNSET:
            field_dict["isChargeable"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.participants
        if _v is not UNSET:
            field_dict["participants"] = [_e.to_dict() for _e in _v]
        _v = self.predictions
        if _v is not UNSET:
            field_dict["predictions"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Cost from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Cost.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.cost_participant import CostParticipant  # noqa: PLC0415
        from ..models.cost_predictions import CostPredictions  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.travel_cost_category import TravelCostCategory  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415
        from ..models.travel_payment_type import TravelPaymentType  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "travelExpense",
                "vatType",
                "currency",
                "costCategory",
                "paymentType",
                "category",
                "comments",
                "rate",
                "amountCurrencyIncVat",
                "amountNOKInclVAT",
                "amountNOKInclVATLow",
                "amountNOKInclVATMedium",
                "amountNOKInclVATHigh",
                "isPaidByEmployee",
                "isChargeable",
                "date",
                "participants",
                "predictions",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "category": "category",
            "comments": "comments",
            "rate": "rate",
            "amountCurrencyIncVat": "amount_currency_inc_vat",
            "amountNOKInclVAT": "amount_nok_incl_vat",
            "amountNOKInclVATLow": "amount_nok_incl_vat_low",
            "amountNOKInclVATMedium": "amount_nok_incl_vat_medium",
            "amountNOKInclVATHigh": "amount_nok_incl_vat_high",
            "isPaidByEmployee": "is_paid_by_employee",
            "isChargeable": "is_chargeable",
            "date": "date",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.travel_expense = o.vat_type = o.currency = (
                        o.cost_category
                    ) = o.payment_type = o.category = o.comments = o.rate = o.amount_currency_inc_vat = (
                        o.amount_nok_incl_vat
                    ) = o.amount_nok_incl_vat_low = o.amount_nok_incl_vat_medium = o.amount_nok_incl_vat_high = (
                        o.is_paid_by_employee
                    ) = o.is_chargeable = o.date = o.participants = o.predictions = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.travel_expense = o.vat_type = o.currency = (
                        o.cost_category
                    ) = o.payment_type = o.category = o.comments = o.rate = o.amount_currency_inc_vat = (
                        o.amount_nok_incl_vat
                    ) = o.amount_nok_incl_vat_low = o.amount_nok_incl_vat_medium = o.amount_nok_incl_vat_high = (
                        o.is_paid_by_employee
                    ) = o.is_chargeable = o.date = o.participants = o.predictions = UNSET
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
                k = "travelExpense"
                v = g("travelExpense")
                if v is None:
                    o.travel_expense = u
                    if "travelExpense" not in d:
                        m += 1
                else:
                    o.travel_expense = TravelExpense._tx_parse(v)
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "costCategory"
                v = g("costCategory")
                if v is None:
                    o.cost_category = u
                    if "costCategory" not in d:
                        m += 1
                else:
                    o.cost_category = TravelCostCategory._tx_parse(v)
                k = "paymentType"
                v = g("paymentType")
                if v is None:
                    o.payment_type = u
                    if "paymentType" not in d:
                        m += 1
                else:
                    o.payment_type = TravelPaymentType._tx_parse(v)
                v = g("category")
                if v is None:
                    o.category = u
                    if "category" not in d:
                        m += 1
                else:
                    o.category = v
                v = g("comments")
                if v is None:
                    o.comments = u
                    if "comments" not in d:
                        m += 1
                else:
                    o.comments = v
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("amountCurrencyIncVat")
                if v is None:
                    o.amount_currency_inc_vat = u
                    if "amountCurrencyIncVat" not in d:
                        m += 1
                else:
                    o.amount_currency_inc_vat = v
                v = g("amountNOKInclVAT")
                if v is None:
                    o.amount_nok_incl_vat = u
                    if "amountNOKInclVAT" not in d:
                        m += 1
                else:
                    o.amount_nok_incl_vat = v
                v = g("amountNOKInclVATLow")
                if v is None:
                    o.amount_nok_incl_vat_low = u
                    if "amountNOKInclVATLow" not in d:
                        m += 1
                else:
                    o.amount_nok_incl_vat_low = v
                v = g("amountNOKInclVATMedium")
                if v is None:
                    o.amount_nok_incl_vat_medium = u
                    if "amountNOKInclVATMedium" not in d:
                        m += 1
                else:
                    o.amount_nok_incl_vat_medium = v
                v = g("amountNOKInclVATHigh")
                if v is None:
                    o.amount_nok_incl_vat_high = u
                    if "amountNOKInclVATHigh" not in d:
                        m += 1
                else:
                    o.amount_nok_incl_vat_high = v
                v = g("isPaidByEmployee")
                if v is None:
                    o.is_paid_by_employee = u
                    if "isPaidByEmployee" not in d:
                        m += 1
                else:
                    o.is_paid_by_employee = v
                v = g("isChargeable")
                if v is None:
                    o.is_chargeable = u
                    if "isChargeable" not in d:
                        m += 1
                else:
                    o.is_chargeable = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                k = "participants"
                v = g("participants")
                if v is None:
                    o.participants = u
                    if "participants" not in d:
                        m += 1
                else:
                    o.participants = (
                        ([CostParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "predictions"
                v = g("predictions")
                if v is None:
                    o.predictions = u
                    if "predictions" not in d:
                        m += 1
                else:
                    o.predictions = CostPredictions._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 22 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("travel_expense", "travelExpense"),
            ("vat_type", "vatType"),
            ("currency", "currency"),
            ("cost_category", "costCategory"),
            ("payment_type", "paymentType"),
            ("category", "category"),
            ("comments", "comments"),
            ("rate", "rate"),
            ("amount_currency_inc_vat", "amountCurrencyIncVat"),
            ("amount_nok_incl_vat", "amountNOKInclVAT"),
            ("amount_nok_incl_vat_low", "amountNOKInclVATLow"),
            ("amount_nok_incl_vat_medium", "amountNOKInclVATMedium"),
            ("amount_nok_incl_vat_high", "amountNOKInclVATHigh"),
            ("is_paid_by_employee", "isPaidByEmployee"),
            ("is_chargeable", "isChargeable"),
            ("date", "date"),
            ("participants", "participants"),
            ("predictions", "predictions"),
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
            v = s.travel_expense
            o.travel_expense = u if v is None or v is u else TravelExpense._tx_parse(v)
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.cost_category
            o.cost_category = u if v is None or v is u else TravelCostCategory._tx_parse(v)
            v = s.payment_type
            o.payment_type = u if v is None or v is u else TravelPaymentType._tx_parse(v)
            v = s.category
            o.category = u if v is None else v
            v = s.comments
            o.comments = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.amount_currency_inc_vat
            o.amount_currency_inc_vat = u if v is None else v
            v = s.amount_nok_incl_vat
            o.amount_nok_incl_vat = u if v is None else v
            v = s.amount_nok_incl_vat_low
            o.amount_nok_incl_vat_low = u if v is None else v
            v = s.amount_nok_incl_vat_medium
            o.amount_nok_incl_vat_medium = u if v is None else v
            v = s.amount_nok_incl_vat_high
            o.amount_nok_incl_vat_high = u if v is None else v
            v = s.is_paid_by_employee
            o.is_paid_by_employee = u if v is None else v
            v = s.is_chargeable
            o.is_chargeable = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.participants
            o.participants = (
                u
                if v is None or v is u
                else ([CostParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.predictions
            o.predictions = u if v is None or v is u else CostPredictions._tx_parse(v)
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
