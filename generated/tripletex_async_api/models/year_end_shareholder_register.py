from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_shareholder_register_status import YearEndShareholderRegisterStatus
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
    from ..models.shareholder_register_submission_result import ShareholderRegisterSubmissionResult


T = TypeVar("T", bound="YearEndShareholderRegister")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("status", str, False),
    ("submissionResult", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class YearEndShareholderRegister(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset): [read-only]
        sent_date (str | Unset):
        status (YearEndShareholderRegisterStatus | Unset):
        submission_in_progress (bool | Unset):
        submission_attempt_date (str | Unset):
        submission_result (ShareholderRegisterSubmissionResult | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    sent_date: str | Unset = UNSET
    status: YearEndShareholderRegisterStatus | Unset = UNSET
    submission_in_progress: bool | Unset = UNSET
    submission_attempt_date: str | Unset = UNSET
    submission_result: ShareholderRegisterSubmissionResult | Unset = UNSET
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

        year = self.year

        sent_date = self.sent_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        submission_in_progress = self.submission_in_progress

        submission_attempt_date = self.submission_attempt_date

        submission_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submission_result, Unset):
            submission_result = self.submission_result.to_dict()

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
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if status is not UNSET:
            field_dict["status"] = status
        if submission_in_progress is not UNSET:
            field_dict["submissionInProgress"] = submission_in_progress
        if submission_attempt_date is not UNSET:
            field_dict["submissionAttemptDate"] = submission_attempt_date
        if submission_result is not UNSET:
            field_dict["submissionResult"] = submission_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndShareholderRegister from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.shareholder_register_submission_result import ShareholderRegisterSubmissionResult  # noqa: PLC0415

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

        def _p_status(_tx_v: Any) -> YearEndShareholderRegisterStatus | Unset:
            _status = _tx_v
            status: YearEndShareholderRegisterStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = YearEndShareholderRegisterStatus(_status)

            return status

        def _p_submission_result(_tx_v: Any) -> ShareholderRegisterSubmissionResult | Unset:
            _submission_result = _tx_v
            submission_result: ShareholderRegisterSubmissionResult | Unset
            if isinstance(_submission_result, Unset):
                submission_result = UNSET
            else:
                submission_result = ShareholderRegisterSubmissionResult._tx_from_json(_submission_result)

            return submission_result

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "year",
                "sentDate",
                "status",
                "submissionInProgress",
                "submissionAttemptDate",
                "submissionResult",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year": ("year", None),
            "sent_date": ("sentDate", None),
            "status": ("status", _p_status),
            "submission_in_progress": ("submissionInProgress", None),
            "submission_attempt_date": ("submissionAttemptDate", None),
            "submission_result": ("submissionResult", _p_submission_result),
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
