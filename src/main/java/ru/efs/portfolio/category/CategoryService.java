package ru.efs.portfolio.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.category.CategoryDtos.CategoryDto;
import ru.efs.portfolio.category.CategoryDtos.CategoryRequest;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.Versions;
import static ru.efs.portfolio.common.Texts.clean;
import ru.efs.portfolio.security.CurrentUser;

/**
 * The two-level category taxonomy: top-level groups and their categories. Everybody reads it; only
 * administrators change it. A category in use by deficits or practices, or a group with categories, stays.
 */
@ApplicationScoped
public class CategoryService {

    public static final Map<String, String> SORTABLE = Map.of(
            "sortOrder", "c.sortOrder",
            "code", "c.code",
            "name", NameOrder.sortable("c.name"));

    public static final String DEFAULT_SORT = "sortOrder,asc";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    HistoryService history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CategoryDto> list(String parentCode, String q, PageRequest page) {
        String parent = clean(parentCode);
        if (parent != null && Category.findById(parent) == null) {
            throw Problem.invalid("parentCode", "validation.unknownCategory", parent);
        }
        return ListQuery.of(Category.class, "c")
                .equal("c.parent.code", parent)
                .contains(q, "c.name", "c.nameEn", "c.code")
                .fetch(em, page, SORTABLE, CategoryDto::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CategoryDto get(String code) {
        return CategoryDto.from(find(code));
    }

    @Transactional
    public CategoryDto create(CategoryRequest request) {
        currentUser.requireAdmin();
        String code = clean(request.code());
        if (code == null) {
            throw Problem.invalid("code", "category.codeRequired");
        }
        if (!code.matches(CategoryDtos.CODE_PATTERN)) {
            throw Problem.invalid("code", "category.codePattern");
        }
        if (Category.findById(code) != null) {
            throw Problem.invalid("code", "category.codeTaken", code);
        }
        Category category = new Category();
        category.code = code;
        apply(category, request);
        category.persist();
        em.flush();
        return CategoryDto.from(category);
    }

    @Transactional
    public CategoryDto update(String code, CategoryRequest request, Long expectedVersion) {
        currentUser.requireAdmin();
        Category category = find(code);
        Versions.check(category, expectedVersion);
        String bodyCode = clean(request.code());
        if (bodyCode != null && !bodyCode.equals(category.code)) {
            throw Problem.invalid("code", "category.codeFixed", category.code);
        }
        apply(category, request);
        em.flush();
        return CategoryDto.from(category);
    }

    @Transactional
    public void delete(String code, Long expectedVersion) {
        currentUser.requireAdmin();
        Category category = find(code);
        Versions.check(category, expectedVersion);
        Dependents.of(em, category.code)
                .count("childCategories", "select count(*) from category where parent_code = ?1")
                .count("deficits", "select count(*) from deficit_category where category_code = ?1")
                .count("practices", "select count(*) from practice_category where category_code = ?1")
                .refuseIfAny("category.hasDependents");
        category.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(String code) {
        List<HistoryEntry> entries = history.history(Category.class, code == null ? "" : code, CategoryDto::from);
        if (entries.isEmpty()) {
            throw Problem.notFound("category.notFound", code);
        }
        return entries;
    }

    public Category find(String code) {
        Category category = code == null || code.isBlank() ? null : Category.findById(code.trim());
        if (category == null) {
            throw Problem.notFound("category.notFound", code);
        }
        return category;
    }

    /**
     * The categories a request names, loaded in one query; duplicates count once. Each unknown code is an error
     * at its index ({@code categoryCodes[2]}), added to {@code errors}.
     */
    public Set<Category> resolveAll(String field, List<String> codes, List<FieldError> errors) {
        Set<Category> found = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            return found;
        }
        Map<String, Category> byCode = new HashMap<>();
        Collection<String> wanted = new LinkedHashSet<>();
        codes.stream().filter(c -> c != null).map(String::trim).forEach(wanted::add);
        if (!wanted.isEmpty()) {
            // One statement for those the session does not hold yet, none when it holds them all (an import).
            em.unwrap(org.hibernate.Session.class).byMultipleIds(Category.class).enableSessionCheck(true)
                    .multiLoad(new ArrayList<>(wanted)).stream().filter(c -> c != null)
                    .forEach(c -> byCode.put(c.code, c));
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? null : codes.get(i).trim();
            Category category = code == null ? null : byCode.get(code);
            if (category == null) {
                errors.add(new FieldError(field + "[" + i + "]", "validation.unknownCategory", String.valueOf(code)));
            } else {
                found.add(category);
            }
        }
        return found;
    }

    /** Checks the two-level rule and copies the request onto the category. */
    private void apply(Category category, CategoryRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String parentCode = clean(request.parentCode());
        Category parent = null;
        if (parentCode != null) {
            parent = Category.findById(parentCode);
            if (parent == null) {
                errors.add(new FieldError("parentCode", "validation.unknownCategory", parentCode));
            } else if (parent.code.equals(category.code)) {
                errors.add(new FieldError("parentCode", "category.ownParent"));
            } else if (parent.parent != null) {
                errors.add(new FieldError("parentCode", "category.parentNotGroup", parent.code,
                        parent.parent.code));
            } else if (em.contains(category)) { // an existing group with categories cannot become a category
                long children = Category.count("parent", category);
                if (children > 0) {
                    errors.add(new FieldError("parentCode", "category.groupHasChildren", String.valueOf(children)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        category.name = request.name().trim();
        category.nameEn = clean(request.nameEn());
        category.parent = parent;
        category.sortOrder = request.sortOrder();
    }
}
