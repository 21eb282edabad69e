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
    from ..models.a07_details_business import A07DetailsBusiness
    from ..models.a07_details_payment_information import A07DetailsPaymentInformation
    from ..models.a07_details_submission import A07DetailsSubmission


T = TypeVar("T", bound="A07Details")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("paymentInformation", dict, False),
    ("submissions", list, False),
    ("businesses", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class A07Details(LazyModel):
    """
    Attributes:
        payment_information (A07DetailsPaymentInformation | Unset):
        submissions (list[A07DetailsSubmission] | Unset): [read-only]
        businesses (list[A07DetailsBusiness] | Unset): [read-only]
    """

    payment_information: A07DetailsPaymentInformation | Unset = UNSET
    submissions: list[A07DetailsSubmission] | Unset = UNSET
    businesses: list[A07DetailsBusiness] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        submissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.submissions, Unset):
            submissions = []
            for submissions_item_data in self.submissions:
                submissions_item = submissions_item_data.to_dict()
                submissions.append(submissions_item)

        businesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.businesses, Unset):
            businesses = []
            for businesses_item_data in self.businesses:
                businesses_item = businesses_item_data.to_dict()
                businesses.append(businesses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information
        if submissions is not UNSET and not _in_request:
            field_dict["submissions"] = submissions
        if businesses is not UNSET and not _in_request:
            field_dict["businesses"] = businesses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07Details from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.a07_details_business import A07DetailsBusiness  # noqa: PLC0415
        from ..models.a07_details_payment_information import A07DetailsPaymentInformation  # noqa: PLC0415
        from ..models.a07_details_submission import A07DetailsSubmission  # noqa: PLC0415

        def _p_payment_information(_tx_v: Any) -> A07DetailsPaymentInformation | Unset:
            _payment_information = _tx_v
            payment_information: A07DetailsPaymentInformation | Unset
            if isinstance(_payment_information, Unset):
                payment_information = UNSET
            else:
                payment_information = A07DetailsPaymentInformation._tx_from_json(_payment_information)

            return payment_information

        def _p_submissions(_tx_v: Any) -> list[A07DetailsSubmission] | Unset:
            _submissions = _tx_v
            submissions: list[A07DetailsSubmission] | Unset = UNSET
            if _submissions is not UNSET:
                submissions = []
                for submissions_item_data in _submissions:
                    if submissions_item_data is None:
                        continue
                    submissions_item = A07DetailsSubmission._tx_from_json(submissions_item_data)

                    submissions.append(submissions_item)

            return submissions

        def _p_businesses(_tx_v: Any) -> list[A07DetailsBusiness] | Unset:
            _businesses = _tx_v
            businesses: list[A07DetailsBusiness] | Unset = UNSET
            if _businesses is not UNSET:
                businesses = []
                for businesses_item_data in _businesses:
                    if businesses_item_data is None:
                        continue
                    businesses_item = A07DetailsBusiness._tx_from_json(businesses_item_data)

                    businesses.append(businesses_item)

            return businesses

        _tx_known: frozenset[str] = frozenset(
            (
                "paymentInformation",
                "submissions",
                "businesses",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payment_information": ("paymentInformation", _p_payment_information),
            "submissions": ("submissions", _p_submissions),
            "businesses": ("businesses", _p_businesses),
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
