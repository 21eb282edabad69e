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
    from ..models.project import Project
    from ..models.project_sub_contract import ProjectSubContract
    from ..models.project_sub_contract_period import ProjectSubContractPeriod


T = TypeVar("T", bound="ProjectSubContractStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("project", dict, False),
    ("projectSubContract", dict, False),
    ("projectSubContractPeriod", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectSubContractStatus(LazyModel):
    """
    Attributes:
        project (Project | Unset):
        project_sub_contract (ProjectSubContract | Unset):
        project_sub_contract_period (ProjectSubContractPeriod | Unset): ProjectSubContractPeriod
    """

    project: Project | Unset = UNSET
    project_sub_contract: ProjectSubContract | Unset = UNSET
    project_sub_contract_period: ProjectSubContractPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_sub_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_sub_contract, Unset):
            project_sub_contract = self.project_sub_contract.to_dict()

        project_sub_contract_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_sub_contract_period, Unset):
            project_sub_contract_period = self.project_sub_contract_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if project_sub_contract is not UNSET:
            field_dict["projectSubContract"] = project_sub_contract
        if project_sub_contract_period is not UNSET:
            field_dict["projectSubContractPeriod"] = project_sub_contract_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectSubContractStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project import Project  # noqa: PLC0415
        from ..models.project_sub_contract import ProjectSubContract  # noqa: PLC0415
        from ..models.project_sub_contract_period import ProjectSubContractPeriod  # noqa: PLC0415

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_project_sub_contract(_tx_v: Any) -> ProjectSubContract | Unset:
            _project_sub_contract = _tx_v
            project_sub_contract: ProjectSubContract | Unset
            if isinstance(_project_sub_contract, Unset):
                project_sub_contract = UNSET
            else:
                project_sub_contract = ProjectSubContract._tx_from_json(_project_sub_contract)

            return project_sub_contract

        def _p_project_sub_contract_period(_tx_v: Any) -> ProjectSubContractPeriod | Unset:
            _project_sub_contract_period = _tx_v
            project_sub_contract_period: ProjectSubContractPeriod | Unset
            if isinstance(_project_sub_contract_period, Unset):
                project_sub_contract_period = UNSET
            else:
                project_sub_contract_period = ProjectSubContractPeriod._tx_from_json(_project_sub_contract_period)

            return project_sub_contract_period

        _tx_known: frozenset[str] = frozenset(
            (
                "project",
                "projectSubContract",
                "projectSubContractPeriod",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "project": ("project", _p_project),
            "project_sub_contract": ("projectSubContract", _p_project_sub_contract),
            "project_sub_contract_period": ("projectSubContractPeriod", _p_project_sub_contract_period),
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
