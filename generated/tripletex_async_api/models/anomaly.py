from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anomaly_check_type import AnomalyCheckType
from ..models.anomaly_status import AnomalyStatus
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
    from ..models.comment import Comment
    from ..models.company import Company


T = TypeVar("T", bound="Anomaly")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("checkType", str, False),
    ("labels", list, False),
    ("status", str, False),
    ("company", dict, False),
    ("comments", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Anomaly(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only] Anomaly ID
        check_type (AnomalyCheckType | Unset): [read-only] Anomaly Check Type
        title (str | Unset): [read-only] Anomaly title
        description (str | Unset): [read-only] Anomaly description
        labels (list[str] | Unset): [read-only] Labels associated with the anomaly
        date (str | Unset): [read-only] Date of the anomaly
        status (AnomalyStatus | Unset): [read-only] Anomaly status
        company (Company | Unset): Vendor of the product
        comments (list[Comment] | Unset): [read-only] Comments on the anomaly
    """

    id: int | Unset = UNSET
    check_type: AnomalyCheckType | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    date: str | Unset = UNSET
    status: AnomalyStatus | Unset = UNSET
    company: Company | Unset = UNSET
    comments: list[Comment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        check_type: str | Unset = UNSET
        if not isinstance(self.check_type, Unset):
            check_type = self.check_type.value

        title = self.title

        description = self.description

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        date = self.date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if check_type is not UNSET and not _in_request:
            field_dict["checkType"] = check_type
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if labels is not UNSET and not _in_request:
            field_dict["labels"] = labels
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if company is not UNSET:
            field_dict["company"] = company
        if comments is not UNSET and not _in_request:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Anomaly from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.comment import Comment  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415

        def _p_check_type(_tx_v: Any) -> AnomalyCheckType | Unset:
            _check_type = _tx_v
            check_type: AnomalyCheckType | Unset
            if isinstance(_check_type, Unset):
                check_type = UNSET
            else:
                check_type = AnomalyCheckType(_check_type)

            return check_type

        def _p_labels(_tx_v: Any) -> list[str] | Unset:
            labels = cast(list[str], _tx_v)

            return labels

        def _p_status(_tx_v: Any) -> AnomalyStatus | Unset:
            _status = _tx_v
            status: AnomalyStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AnomalyStatus(_status)

            return status

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_comments(_tx_v: Any) -> list[Comment] | Unset:
            _comments = _tx_v
            comments: list[Comment] | Unset = UNSET
            if _comments is not UNSET:
                comments = []
                for comments_item_data in _comments:
                    if comments_item_data is None:
                        continue
                    comments_item = Comment._tx_from_json(comments_item_data)

                    comments.append(comments_item)

            return comments

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "checkType",
                "title",
                "description",
                "labels",
                "date",
                "status",
                "company",
                "comments",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "check_type": ("checkType", _p_check_type),
            "title": ("title", None),
            "description": ("description", None),
            "labels": ("labels", _p_labels),
            "date": ("date", None),
            "status": ("status", _p_status),
            "company": ("company", _p_company),
            "comments": ("comments", _p_comments),
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
