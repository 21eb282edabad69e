from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("travelExpense", dict, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("costCategory", dict, False),
    ("paymentType", dict, False),
    ("participants", list, False),
    ("predictions", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Cost(LazyModel):
    """Link to individual costs.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        amount_nok_incl_vat_low (float | Unset): [read-only]
        amount_nok_incl_vat_medium (float | Unset): [read-only]
        amount_nok_incl_vat_high (float | Unset): [read-only]
        is_paid_by_employee (bool | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        travel_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_expense, Unset):
            travel_expense = self.travel_expense.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        cost_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_category, Unset):
            cost_category = self.cost_category.to_dict()

        payment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.to_dict()

        category = self.category

        comments = self.comments

        rate = self.rate

        amount_currency_inc_vat = self.amount_currency_inc_vat

        amount_nok_incl_vat = self.amount_nok_incl_vat

        amount_nok_incl_vat_low = self.amount_nok_incl_vat_low

        amount_nok_incl_vat_medium = self.amount_nok_incl_vat_medium

        amount_nok_incl_vat_high = self.amount_nok_incl_vat_high

        is_paid_by_employee = self.is_paid_by_employee

        is_chargeable = self.is_chargeable

        date = self.date

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        predictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.predictions, Unset):
            predictions = self.predictions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if travel_expense is not UNSET:
            field_dict["travelExpense"] = travel_expense
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cost_category is not UNSET:
            field_dict["costCategory"] = cost_category
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if category is not UNSET:
            field_dict["category"] = category
        if comments is not UNSET:
            field_dict["comments"] = comments
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount_currency_inc_vat is not UNSET:
            field_dict["amountCurrencyIncVat"] = amount_currency_inc_vat
        if amount_nok_incl_vat is not UNSET:
            field_dict["amountNOKInclVAT"] = amount_nok_incl_vat
        if amount_nok_incl_vat_low is not UNSET and not _in_request:
            field_dict["amountNOKInclVATLow"] = amount_nok_incl_vat_low
        if amount_nok_incl_vat_medium is not UNSET and not _in_request:
            field_dict["amountNOKInclVATMedium"] = amount_nok_incl_vat_medium
        if amount_nok_incl_vat_high is not UNSET and not _in_request:
            field_dict["amountNOKInclVATHigh"] = amount_nok_incl_vat_high
        if is_paid_by_employee is not UNSET and not _in_request:
            field_dict["isPaidByEmployee"] = is_paid_by_employee
        if is_chargeable is not UNSET:
            field_dict["isChargeable"] = is_chargeable
        if date is not UNSET:
            field_dict["date"] = date
        if participants is not UNSET:
            field_dict["participants"] = participants
        if predictions is not UNSET:
            field_dict["predictions"] = predictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Cost from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.cost_participant import CostParticipant  # noqa: PLC0415
        from ..models.cost_predictions import CostPredictions  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.travel_cost_category import TravelCostCategory  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415
        from ..models.travel_payment_type import TravelPaymentType  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_travel_expense(_tx_v: Any) -> TravelExpense | Unset:
            _travel_expense = _tx_v
            travel_expense: TravelExpense | Unset
            if isinstance(_travel_expense, Unset):
                travel_expense = UNSET
            else:
                travel_expense = TravelExpense._tx_from_json(_travel_expense)

            return travel_expense

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_cost_category(_tx_v: Any) -> TravelCostCategory | Unset:
            _cost_category = _tx_v
            cost_category: TravelCostCategory | Unset
            if isinstance(_cost_category, Unset):
                cost_category = UNSET
            else:
                cost_category = TravelCostCategory._tx_from_json(_cost_category)

            return cost_category

        def _p_payment_type(_tx_v: Any) -> TravelPaymentType | Unset:
            _payment_type = _tx_v
            payment_type: TravelPaymentType | Unset
            if isinstance(_payment_type, Unset):
                payment_type = UNSET
            else:
                payment_type = TravelPaymentType._tx_from_json(_payment_type)

            return payment_type

        def _p_participants(_tx_v: Any) -> list[CostParticipant] | Unset:
            _participants = _tx_v
            participants: list[CostParticipant] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:
                    if participants_item_data is None:
                        continue
                    participants_item = CostParticipant._tx_from_json(participants_item_data)

                    participants.append(participants_item)

            return participants

        def _p_predictions(_tx_v: Any) -> CostPredictions | Unset:
            _predictions = _tx_v
            predictions: CostPredictions | Unset
            if isinstance(_predictions, Unset):
                predictions = UNSET
            else:
                predictions = CostPredictions._tx_from_json(_predictions)

            return predictions

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "travel_expense": ("travelExpense", _p_travel_expense),
            "vat_type": ("vatType", _p_vat_type),
            "currency": ("currency", _p_currency),
            "cost_category": ("costCategory", _p_cost_category),
            "payment_type": ("paymentType", _p_payment_type),
            "category": ("category", None),
            "comments": ("comments", None),
            "rate": ("rate", None),
            "amount_currency_inc_vat": ("amountCurrencyIncVat", None),
            "amount_nok_incl_vat": ("amountNOKInclVAT", None),
            "amount_nok_incl_vat_low": ("amountNOKInclVATLow", None),
            "amount_nok_incl_vat_medium": ("amountNOKInclVATMedium", None),
            "amount_nok_incl_vat_high": ("amountNOKInclVATHigh", None),
            "is_paid_by_employee": ("isPaidByEmployee", None),
            "is_chargeable": ("isChargeable", None),
            "date": ("date", None),
            "participants": ("participants", _p_participants),
            "predictions": ("predictions", _p_predictions),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
