package org.stepplan.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hyper-parameters one method offers, over the config record {@code C} whose components carry the same names as
 * the {@link Param} declarations: the {@link ParamSpec}s, the parsing of text values into a validated record, the
 * params map of a record, its defaults and a copy with one value changed all derive from the declarations. Every
 * record component is either offered (readable from the command line) or fixed by the method (a variant's own value,
 * or a parameter the variant does not offer).
 *
 * @param <C> the config record
 */
public final class HyperParameters<C extends Record> {

    private final String name;
    private final Class<C> type;
    private final List<Param<?>> offered;
    private final Map<String, Object> fixed;
    private final RecordComponent[] components;
    private final Constructor<C> constructor;

    private HyperParameters(String name, Class<C> type, List<Param<?>> offered, Map<String, Object> fixed) {
        this.name = name;
        this.type = type;
        this.offered = List.copyOf(offered);
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        this.components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            this.constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /**
     * The parameters method {@code name} offers on the command line, in this order, for the record {@code type}.
     */
    public static <C extends Record> HyperParameters<C> of(String name, Class<C> type, Param<?>... offered) {
        return new HyperParameters<>(name, type, List.of(offered), Map.of());
    }

    /** The name of the method (or problem) these are the parameters of. */
    public String name() {
        return name;
    }

    /** Also offers {@code more}, after those already offered. */
    public HyperParameters<C> offering(Param<?>... more) {
        List<Param<?>> all = new ArrayList<>(offered);
        all.addAll(List.of(more));
        return new HyperParameters<>(name, type, all, fixed);
    }

    /** The record component {@code component} is set by the method to {@code value}, never read from text. */
    public HyperParameters<C> fixing(String component, Object value) {
        index(component);
        Map<String, Object> all = new LinkedHashMap<>(fixed);
        all.put(component, value);
        return new HyperParameters<>(name, type, offered, all);
    }

    /** {@code param} is not offered: this method uses {@code value}. */
    public <T> HyperParameters<C> fixing(Param<T> param, T value) {
        return fixing(param.name(), value);
    }

    /** {@code param} is not offered: this method uses its default. */
    public HyperParameters<C> fixing(Param<?> param) {
        return fixing(param.name(), param.defaultValue());
    }

    /** The offered parameters, as the command line and {@code stepplan list} see them. */
    public List<ParamSpec> specs() {
        List<ParamSpec> out = new ArrayList<>();
        for (Param<?> p : offered) {
            out.add(p.spec());
        }
        return out;
    }

    /**
     * The record from checked text values.
     *
     * @throws IllegalArgumentException for a required parameter not given or a value the record rejects
     */
    public C parse(Params params) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = fixed.containsKey(name) ? fixed.get(name) : offeredParam(name).read(params);
        }
        return create(args);
    }

    /**
     * The record with every default.
     *
     * @throws IllegalArgumentException when an offered parameter has no default
     */
    public C defaults() {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (fixed.containsKey(name)) {
                args[i] = fixed.get(name);
            } else {
                Param<?> p = offeredParam(name);
                if (p.defaultValue() == null) {
                    throw new IllegalArgumentException(name + " has no default: give it");
                }
                args[i] = p.defaultValue();
            }
        }
        return create(args);
    }

    /** The offered parameters of {@code config} that have a value, typed, in the offered order. */
    public Map<String, Object> values(C config) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Param<?> p : offered) {
            Integer i = indexOrNull(p.name());
            if (i != null) {
                Object shown = show(p, component(config, i));
                if (shown != null) {
                    out.put(p.name(), shown);
                }
            }
        }
        return out;
    }

    /**
     * A copy of {@code config} with {@code param} set to {@code value}, validated like any record.
     *
     * @throws IllegalArgumentException when {@code param} is not a component of the record, or for a rejected value
     */
    public <T> C with(C config, Param<T> param, T value) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = component(config, i);
        }
        args[index(param.name())] = value;
        return create(args);
    }

    @SuppressWarnings("unchecked")
    private static <T> Object show(Param<T> p, Object value) {
        return p.shown((T) value);
    }

    private Param<?> offeredParam(String component) {
        for (Param<?> p : offered) {
            if (p.name().equals(component)) {
                return p;
            }
        }
        throw new IllegalStateException(type.getName() + "." + component + " is neither offered nor fixed");
    }

    private int index(String component) {
        Integer i = indexOrNull(component);
        if (i == null) {
            throw new IllegalArgumentException(type.getName() + " has no parameter '" + component + "'");
        }
        return i;
    }

    private Integer indexOrNull(String component) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                return i;
            }
        }
        return null;
    }

    private Object component(C config, int i) {
        try {
            return components[i].getAccessor().invoke(config);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private C create(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(type.getName() + ": an argument of the wrong type", e);
        }
    }
}
