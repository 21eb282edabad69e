from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_feedback_survey_type import SurveyFeedbackSurveyType
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
    from ..models.extra_copilot_metrics import ExtraCopilotMetrics


T = TypeVar("T", bound="SurveyFeedback")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("surveyType", str, False),
    ("extraCopilotMetrics", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SurveyFeedback(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        survey_type (SurveyFeedbackSurveyType | Unset):
        rating (int | Unset): A rating based on numbers from 1 to 5.
        comment (str | Unset): A comment given in addition to the highest rating.
        contact_request (str | Unset):
        extra_copilot_metrics (ExtraCopilotMetrics | Unset): Additional metrics for Copilot-related feedback
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    survey_type: SurveyFeedbackSurveyType | Unset = UNSET
    rating: int | Unset = UNSET
    comment: str | Unset = UNSET
    contact_request: str | Unset = UNSET
    extra_copilot_metrics: ExtraCopilotMetrics | Unset = UNSET
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

        survey_type: str | Unset = UNSET
        if not isinstance(self.survey_type, Unset):
            survey_type = self.survey_type.value

        rating = self.rating

        comment = self.comment

        contact_request = self.contact_request

        extra_copilot_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_copilot_metrics, Unset):
            extra_copilot_metrics = self.extra_copilot_metrics.to_dict()

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
        if survey_type is not UNSET:
            field_dict["surveyType"] = survey_type
        if rating is not UNSET:
            field_dict["rating"] = rating
        if comment is not UNSET:
            field_dict["comment"] = comment
        if contact_request is not UNSET:
            field_dict["contactRequest"] = contact_request
        if extra_copilot_metrics is not UNSET:
            field_dict["extraCopilotMetrics"] = extra_copilot_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SurveyFeedback from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.extra_copilot_metrics import ExtraCopilotMetrics  # noqa: PLC0415

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

        def _p_survey_type(_tx_v: Any) -> SurveyFeedbackSurveyType | Unset:
            _survey_type = _tx_v
            survey_type: SurveyFeedbackSurveyType | Unset
            if isinstance(_survey_type, Unset):
                survey_type = UNSET
            else:
                survey_type = SurveyFeedbackSurveyType(_survey_type)

            return survey_type

        def _p_extra_copilot_metrics(_tx_v: Any) -> ExtraCopilotMetrics | Unset:
            _extra_copilot_metrics = _tx_v
            extra_copilot_metrics: ExtraCopilotMetrics | Unset
            if isinstance(_extra_copilot_metrics, Unset):
                extra_copilot_metrics = UNSET
            else:
                extra_copilot_metrics = ExtraCopilotMetrics._tx_from_json(_extra_copilot_metrics)

            return extra_copilot_metrics

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "surveyType",
                "rating",
                "comment",
                "contactRequest",
                "extraCopilotMetrics",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "survey_type": ("surveyType", _p_survey_type),
            "rating": ("rating", None),
            "comment": ("comment", None),
            "contact_request": ("contactRequest", None),
            "extra_copilot_metrics": ("extraCopilotMetrics", _p_extra_copilot_metrics),
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
