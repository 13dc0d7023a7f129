// Mantine's anchor, button and nav link, made into type-safe router links.
import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

type AnchorElementProps<P> = P & Omit<ComponentPropsWithoutRef<'a'>, keyof P>;

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorElementProps<AnchorProps>>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
const ButtonBase = forwardRef<HTMLAnchorElement, AnchorElementProps<ButtonProps>>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
const NavLinkBase = forwardRef<HTMLAnchorElement, AnchorElementProps<NavLinkProps>>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));

export const RouterAnchor = createLink(AnchorBase);
export const RouterButton = createLink(ButtonBase);
export const RouterNavLink = createLink(NavLinkBase);
